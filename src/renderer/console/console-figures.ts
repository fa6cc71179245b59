/** The operator console's figures, computed purely from the contract's status payloads. */
import type { DeviceStatus, QueueStatus, TodayStats } from '../../shared/kiosk-api/device-status';
import type { HealthStateKey } from '../../shared/i18n/catalog-console-health';
import type { ConsoleTextKey } from '../../shared/i18n/catalog-screens-console';

/**
 * One line of the health panel: what, whether it is fine, its state as a catalog word, and a
 * detail in no language (an id, a size, a time) that carries no personal data.
 */
export interface HealthRow {
  readonly key: Extract<
    ConsoleTextKey,
    'reader' | 'camera' | 'models' | 'disk' | 'clock' | 'network' | 'settings'
  >;
  readonly ok: boolean;
  readonly state: HealthStateKey;
  readonly detail: string | null;
}

const READER_STATE = {
  connected: 'readerConnected',
  disconnected: 'readerDisconnected',
  error: 'readerError',
} as const satisfies Record<DeviceStatus['reader']['state'], HealthStateKey>;

const ENGINE_STATE = {
  starting: 'engineStarting',
  ready: 'engineReady',
  failed: 'engineFailed',
} as const satisfies Record<DeviceStatus['faceEngine'], HealthStateKey>;

// Which of the store's limits refuses new records; free space otherwise decides nothing here.
const STORE_FULL_STATE = {
  records: 'storeFullRecords',
  bytes: 'storeFullBytes',
  disk: 'diskLow',
} as const satisfies Record<NonNullable<DeviceStatus['storeFull']>, HealthStateKey>;

/** How long the oldest record may wait before the network is reported as failing. */
const UPLOAD_STALE_MS = 120_000;

const GIB = 1024 ** 3;

/** The health rows, in the order the console shows them. */
export function healthRows(
  status: DeviceStatus,
  queue: QueueStatus | null,
  nowMs: number,
): HealthRow[] {
  const oldest = queue?.oldestUnackedAtMs ?? null;
  const waitingMs = oldest === null ? 0 : nowMs - oldest;
  const camera = status.camera.label ?? status.camera.deviceId;
  const flowing = waitingMs <= UPLOAD_STALE_MS;
  const restart = status.waitingForRestart;
  return [
    {
      key: 'reader',
      ok: status.reader.state === 'connected',
      state: READER_STATE[status.reader.state],
      detail: status.reader.samId ? `SAM ${status.reader.samId}` : null,
    },
    { key: 'camera', ok: true, state: camera ? 'cameraChosen' : 'cameraDefault', detail: camera },
    {
      key: 'models',
      ok: status.faceEngine === 'ready',
      state: ENGINE_STATE[status.faceEngine],
      detail: null,
    },
    {
      key: 'disk',
      ok: status.storeFull === null,
      state: status.storeFull ? STORE_FULL_STATE[status.storeFull] : 'diskEnough',
      detail: `${(status.disk.freeBytes / GIB).toFixed(1)} GiB`,
    },
    {
      key: 'clock',
      ok: status.clockOk,
      state: status.clockOk ? 'clockSet' : 'clockWrong',
      detail: new Date(nowMs).toISOString().slice(0, 19).replace('T', ' '),
    },
    {
      key: 'network',
      ok: flowing,
      state: flowing ? 'uploadsFlowing' : 'uploadsStalled',
      detail: formatAge(waitingMs),
    },
    {
      key: 'settings',
      ok: restart.length === 0,
      state: restart.length === 0 ? 'settingsInForce' : 'restartNeeded',
      detail: restart.length === 0 ? null : restart.join(', '),
    },
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
