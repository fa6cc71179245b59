/** The operator console's figures, computed purely from the contract's status payloads. */
import type { DeviceStatus, QueueStatus, TodayStats } from '../../shared/kiosk-api/device-status';
import type { ConsoleTextKey } from '../../shared/i18n/catalog-screens-console';

/** One line of the health panel: what, whether it is fine, and a detail that carries no personal data. */
export interface HealthRow {
  readonly key: Extract<
    ConsoleTextKey,
    'reader' | 'camera' | 'models' | 'disk' | 'clock' | 'network'
  >;
  readonly ok: boolean;
  readonly detail: string;
}

/** How long the oldest record may wait before the network is reported as failing. */
export const UPLOAD_STALE_MS = 120_000;

const GIB = 1024 ** 3;

/** The health rows, in the order the console shows them. */
export function healthRows(
  status: DeviceStatus,
  queue: QueueStatus | null,
  nowMs: number,
): HealthRow[] {
  const oldest = queue?.oldestUnackedAtMs ?? null;
  const waitingMs = oldest === null ? 0 : nowMs - oldest;
  return [
    {
      key: 'reader',
      ok: status.reader.state === 'connected',
      detail: `${status.reader.state}${status.reader.samId ? ` · SAM ${status.reader.samId}` : ''}`,
    },
    { key: 'camera', ok: true, detail: status.camera.label ?? status.camera.deviceId ?? 'default' },
    { key: 'models', ok: status.faceEngine === 'ready', detail: status.faceEngine },
    {
      key: 'disk',
      ok: !status.disk.belowFloor,
      detail: `${(status.disk.freeBytes / GIB).toFixed(1)} GiB`,
    },
    {
      key: 'clock',
      ok: status.clockOk,
      detail: new Date(nowMs).toISOString().slice(0, 19).replace('T', ' '),
    },
    { key: 'network', ok: waitingMs <= UPLOAD_STALE_MS, detail: formatAge(waitingMs) },
  ];
}

/** Passes (including in-person verifications) as a whole percentage of sessions; null when none ran. */
export function passRatePercent(stats: TodayStats): number | null {
  if (stats.sessions === 0) return null;
  return Math.round(((stats.passes + stats.operatorVerified) / stats.sessions) * 100);
}

/** Failure reasons, the most frequent first. */
export function failuresByCount(
  stats: TodayStats,
): Array<[keyof TodayStats['failuresByReason'], number]> {
  return (
    Object.entries(stats.failuresByReason) as Array<[keyof TodayStats['failuresByReason'], number]>
  )
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1]);
}

/** A duration as the console shows it: `0 s`, `45 s`, `12 min`, `3 h 5 min`. */
export function formatAge(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
