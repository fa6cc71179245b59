// The state of one kiosk as the fleet page shows it, from its last heartbeat and when it came.
import type { KioskRow } from './fleet-store';

/** Fine, needs attention (reader, queue or a critical alarm), stale (3 beats missed) or never seen. */
export type KioskState = 'ok' | 'attention' | 'stale' | 'never';

/** Beats a kiosk may miss before it counts as stale. */
const MISSED_BEATS_STALE = 3;

/** An unacknowledged record older than this (s) needs someone to look at the uploads. */
const OLDEST_UNACKED_ATTENTION_S = 3600;

/** The state of a kiosk at `nowMs`, with beats expected every `intervalS`. */
export function kioskState(row: KioskRow, nowMs: number, intervalS: number): KioskState {
  if (row.lastSeenAtMs === null || row.heartbeat === null) return 'never';
  if (nowMs - row.lastSeenAtMs > MISSED_BEATS_STALE * intervalS * 1000) return 'stale';
  const beat = row.heartbeat;
  const attention =
    beat.reader !== 'connected' ||
    (beat.queue.oldestUnackedAgeS ?? 0) > OLDEST_UNACKED_ATTENTION_S ||
    beat.lastAlarm?.severity === 'critical' ||
    row.configRefused !== null;
  return attention ? 'attention' : 'ok';
}
