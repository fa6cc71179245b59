// How capture sessions ended, counted per local day in the store so the figures survive restarts.
// Only counts by reason key: nothing here can identify a person.
import type { Database } from 'better-sqlite3';
import type { FinalOutcome, ReasonKey } from '../../shared/kiosk-api/capture-keys';
import type { TodayStats } from '../../shared/kiosk-api/device-status';

/** One day's figures: sessions, face passes, in-person verifications, failures by reason. */
export type DayFigures = TodayStats;

/** Adds one ended session to its day's count; call with the local day of its end. */
export function countSessionOutcome(
  db: Database,
  day: string,
  outcome: FinalOutcome,
  reason: ReasonKey,
): void {
  db.prepare(
    `INSERT INTO session_outcomes (day, outcome, reason, count) VALUES (?, ?, ?, 1)
     ON CONFLICT (day, outcome, reason) DO UPDATE SET count = count + 1`,
  ).run(day, outcome, reason);
}

interface CountRow {
  readonly day: string;
  readonly outcome: FinalOutcome;
  readonly reason: ReasonKey;
  readonly count: number;
}

function emptyDay(day: string): { -readonly [K in keyof DayFigures]: DayFigures[K] } {
  return { day, sessions: 0, passes: 0, operatorVerified: 0, failuresByReason: {} };
}

/** The figures of each listed day, in the order given, zero for days without sessions. */
export function outcomeCountsForDays(db: Database, days: readonly string[]): DayFigures[] {
  const figures = new Map(days.map((day) => [day, emptyDay(day)]));
  const sorted = [...days].sort();
  const [first, last] = [sorted.at(0), sorted.at(-1)];
  if (first === undefined || last === undefined) return [];
  const rows = db
    .prepare<[string, string], CountRow>(
      'SELECT day, outcome, reason, count FROM session_outcomes WHERE day >= ? AND day <= ?',
    )
    .all(first, last);
  for (const row of rows) {
    const day = figures.get(row.day);
    if (!day) continue;
    day.sessions += row.count;
    if (row.outcome === 'fail')
      day.failuresByReason = {
        ...day.failuresByReason,
        [row.reason]: (day.failuresByReason[row.reason] ?? 0) + row.count,
      };
    else if (row.reason === 'operator-verified') day.operatorVerified += row.count;
    else day.passes += row.count;
  }
  return [...figures.values()];
}

/** One local day's figures; what the console's "today" and the fleet heartbeat read. */
export function outcomeCountsForDay(db: Database, day: string): DayFigures {
  return outcomeCountsForDays(db, [day])[0]!;
}
