/** Today's session figures for the operator, counted from session results (no personal data). */
import type { ReasonKey } from '../../shared/kiosk-api/capture-keys';
import type { TodayStats } from '../../shared/kiosk-api/device-status';
import type { SessionResult } from '../../shared/kiosk-api/session-events';
import type { Clock } from '../clock';
import { localDay } from '../device/daily-stats';

/** Counts final session results per local day; a new day starts from zero. */
export class SessionTally {
  private stats: { -readonly [K in keyof TodayStats]: TodayStats[K] };

  constructor(private readonly clock: Clock) {
    this.stats = this.empty();
  }

  /** Counts a result; retries and reviews are steps, not ends of sessions. */
  count(result: SessionResult): void {
    if (result.outcome === 'retry' || result.outcome === 'operator-review') return;
    const stats = this.today();
    stats.sessions += 1;
    if (result.outcome === 'pass') {
      stats.passes += 1;
      if (result.reasonKey === 'operator-verified') stats.operatorVerified += 1;
      return;
    }
    const reason: ReasonKey = result.reasonKey;
    stats.failuresByReason = {
      ...stats.failuresByReason,
      [reason]: (stats.failuresByReason[reason] ?? 0) + 1,
    };
  }

  /** Today's figures. */
  today(): TodayStats & typeof this.stats {
    if (this.stats.day !== localDay(this.clock.now())) this.stats = this.empty();
    return this.stats;
  }

  private empty() {
    return {
      day: localDay(this.clock.now()),
      sessions: 0,
      passes: 0,
      operatorVerified: 0,
      failuresByReason: {},
    };
  }
}
