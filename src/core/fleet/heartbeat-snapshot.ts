// The health part of a heartbeat, from what the operator console already shows. Counts, states
// and ages only: nothing here can name a person.
import type { Heartbeat } from '../../shared/fleet/heartbeat-schema';
import type { DeviceStatus, QueueStatus, TodayStats } from '../../shared/kiosk-api/device-status';

/** The fields of a heartbeat that describe the kiosk's health. */
export type HeartbeatHealth = Pick<
  Heartbeat,
  'appVersion' | 'uptimeS' | 'reader' | 'camera' | 'queue' | 'today' | 'diskFreeBytes'
>;

/** What the snapshot is made from. */
export interface HealthSources {
  readonly status: DeviceStatus;
  readonly queue: QueueStatus;
  readonly today: TodayStats;
  readonly appVersion: string;
  readonly startedAtMs: number;
  readonly nowMs: number;
}

/** The health snapshot now. */
export function heartbeatHealth(sources: HealthSources): HeartbeatHealth {
  const { status, queue, today, nowMs } = sources;
  const failures = today.sessions - today.passes;
  return {
    appVersion: sources.appVersion,
    uptimeS: Math.max(0, Math.floor((nowMs - sources.startedAtMs) / 1000)),
    reader: status.reader.state,
    camera: status.camera.deviceId === null ? 'not-configured' : 'configured',
    queue: {
      depth: queue.pending + queue.sending,
      oldestUnackedAgeS:
        queue.oldestUnackedAtMs === null
          ? null
          : Math.max(0, Math.floor((nowMs - queue.oldestUnackedAtMs) / 1000)),
      quarantined: queue.quarantined,
    },
    today: { day: today.day, sessions: today.sessions, passes: today.passes, failures },
    diskFreeBytes: Math.max(0, Math.floor(status.disk.freeBytes)),
  };
}
