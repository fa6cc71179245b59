import { describe, expect, it } from 'vitest';
import { sessionTally } from '../../../src/core/services/session-tally';
import { localDay } from '../../../src/core/local-day';
import { silentLogger } from '../../../src/core/log/logger';
import { outcomeCountsForDay } from '../../../src/core/store/outcome-counts';
import type { ReasonKey } from '../../../src/shared/kiosk-api/capture-keys';
import type { SessionResult } from '../../../src/shared/kiosk-api/session-events';
import { T0, useStoreFixture } from './store-fixture';

const DAY = 86_400_000;
// A refused card's result carries its card check too; these tests count the other outcomes.
const result = (
  outcome: Exclude<SessionResult['outcome'], 'refused'>,
  reasonKey: ReasonKey,
): SessionResult => ({ outcome, reasonKey, nextSteps: [] });

describe('session outcomes in the store', () => {
  const fixture = useStoreFixture();

  it('counts every ended session per local day and keeps the counts across a restart', () => {
    const { clock } = fixture();
    let store = fixture().open();
    let tally = sessionTally(store, clock, silentLogger);
    tally.count(result('pass', 'matched'));
    tally.count(result('retry', 'no-match'));
    tally.count(result('operator-review', 'attempts-exhausted'));
    tally.count(result('pass', 'operator-verified'));
    tally.count(result('fail', 'spoof-suspected'));
    tally.count(result('fail', 'consent-declined'));
    clock.advance(DAY);
    tally.count(result('fail', 'spoof-suspected'));
    store.close();

    store = fixture().open();
    tally = sessionTally(store, clock, silentLogger);
    expect(tally.today()).toEqual({
      day: localDay(T0 + DAY),
      sessions: 1,
      passes: 0,
      operatorVerified: 0,
      failuresByReason: { 'spoof-suspected': 1 },
    });
    expect(tally.days(3)).toEqual([
      {
        day: localDay(T0 - DAY),
        sessions: 0,
        passes: 0,
        operatorVerified: 0,
        failuresByReason: {},
      },
      {
        day: localDay(T0),
        sessions: 4,
        passes: 1,
        operatorVerified: 1,
        failuresByReason: { 'spoof-suspected': 1, 'consent-declined': 1 },
      },
      tally.today(),
    ]);
    expect(outcomeCountsForDay(store.db, localDay(T0)).sessions).toBe(4);
    store.close();
  });

  it('holds reason keys and counts only: nothing that names a person', () => {
    const store = fixture().open();
    sessionTally(store, fixture().clock, silentLogger).count(result('pass', 'matched'));
    const columns = store.db
      .prepare('SELECT name FROM pragma_table_info(?)')
      .all('session_outcomes');
    expect(columns.map((column) => (column as { name: string }).name)).toEqual([
      'day',
      'outcome',
      'reason',
      'count',
    ]);
    store.close();
  });
});
