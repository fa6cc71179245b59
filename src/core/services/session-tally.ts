/** The operator's figures: every ended session counted in the store per local day (no personal data). */
import type { SessionResult } from '../../shared/kiosk-api/session-events';
import type { Clock } from '../clock';
import { KioskError } from '../kiosk-error';
import { lastDays, localDay } from '../local-day';
import type { Logger } from '../log/logger';
import {
  countSessionOutcome,
  outcomeCountsForDay,
  outcomeCountsForDays,
  type DayFigures,
} from '../store/outcome-counts';
import type { RecordStore } from '../store/record-store';
import { withStoreErrors } from '../store/store-error';

/** Counts final session results and reads the figures back. */
export interface SessionTally {
  /** Counts a result; retries and reviews are steps, not ends of sessions. */
  count(result: SessionResult): void;
  /** Today's figures. */
  today(): DayFigures;
  /** The last `count` days' figures, oldest first, today last. */
  days(count: number): DayFigures[];
}

/** A tally over the store's session_outcomes table. */
export function sessionTally(
  store: Pick<RecordStore, 'db'>,
  clock: Clock,
  logger: Logger,
): SessionTally {
  return {
    count(result) {
      const { outcome, reasonKey } = result;
      if (outcome === 'retry' || outcome === 'operator-review') return;
      // A refused card is a session that did not pass; its card reason keys group it as refused-card.
      const counted = outcome === 'refused' ? 'fail' : outcome;
      try {
        withStoreErrors(() =>
          countSessionOutcome(store.db, localDay(clock.now()), counted, reasonKey),
        );
      } catch (error) {
        // A full disk must not break the worker's session: the figure is lost, the log says so.
        if (!(error instanceof KioskError)) throw error;
        logger.log('error', 'kiosk.outcome-not-counted', { code: error.code });
      }
    },
    today: () => outcomeCountsForDay(store.db, localDay(clock.now())),
    days: (count) => outcomeCountsForDays(store.db, lastDays(clock.now(), count)),
  };
}
