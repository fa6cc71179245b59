// Non-personal daily statistics for the point's reports: how many records by outcome and what the
// uploader and retention did, from the record log's clear part and the audit log. Never a name,
// an ID number or a photo: those live only in the sealed part, which this never opens.
import type { Database } from 'better-sqlite3';

/** How a record came out. */
export type Outcome =
  'face-pass' | 'face-fail-liveness' | 'face-fail-match' | 'operator-pass' | 'operator-fail';

/** One day's figures. */
export interface DailyStats {
  /** Local calendar day, YYYY-MM-DD. */
  readonly day: string;
  readonly records: number;
  readonly byOutcome: Readonly<Partial<Record<Outcome, number>>>;
  /** Operator verifications by the reason the face path was not used. */
  readonly operatorReasons: Readonly<Record<string, number>>;
  /** Audit actions of the day (uploads acknowledged, quarantined, purged, …). */
  readonly auditActions: Readonly<Record<string, number>>;
}

/** The local day's bounds in epoch ms; throws RangeError on a malformed or impossible date. */
export function dayBounds(day: string): { fromMs: number; toMs: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const from = match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
  if (!from || from.getDate() !== Number(match?.[3]) || from.getMonth() !== Number(match?.[2]) - 1)
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${day}`);
  const to = new Date(from);
  to.setDate(to.getDate() + 1);
  return { fromMs: from.getTime(), toMs: to.getTime() };
}

/** The local calendar day of an instant, YYYY-MM-DD. */
export function localDay(ms: number): string {
  const date = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

interface OutcomeRow {
  readonly method: string;
  readonly decision: string;
  readonly live: number | null;
  readonly reason: string | null;
  readonly n: number;
}

function outcomeOf(row: OutcomeRow): Outcome {
  if (row.method === 'operator-in-person')
    return row.decision === 'pass' ? 'operator-pass' : 'operator-fail';
  if (row.decision === 'pass') return 'face-pass';
  return row.live === 0 ? 'face-fail-liveness' : 'face-fail-match';
}

/** Counts one local day's records and audit actions. */
export function dailyStats(db: Database, day: string): DailyStats {
  const { fromMs, toMs } = dayBounds(day);
  const rows = db
    .prepare<[number, number], OutcomeRow>(
      `SELECT json_extract(clear_json, '$.verification.method') AS method,
              json_extract(clear_json, '$.verification.decision') AS decision,
              json_extract(clear_json, '$.verification.liveness.passed') AS live,
              json_extract(clear_json, '$.verification.reason') AS reason,
              count(*) AS n
         FROM records WHERE created_at_ms >= ? AND created_at_ms < ?
        GROUP BY method, decision, live, reason`,
    )
    .all(fromMs, toMs);
  const byOutcome: Partial<Record<Outcome, number>> = {};
  const operatorReasons: Record<string, number> = {};
  for (const row of rows) {
    const outcome = outcomeOf(row);
    byOutcome[outcome] = (byOutcome[outcome] ?? 0) + row.n;
    if (row.reason !== null)
      operatorReasons[row.reason] = (operatorReasons[row.reason] ?? 0) + row.n;
  }
  const actions = db
    .prepare<[number, number], { action: string; n: number }>(
      'SELECT action, count(*) AS n FROM audit WHERE at_ms >= ? AND at_ms < ? GROUP BY action ORDER BY action',
    )
    .all(fromMs, toMs);
  return {
    day,
    records: rows.reduce((sum, row) => sum + row.n, 0),
    byOutcome,
    operatorReasons,
    auditActions: Object.fromEntries(actions.map((row) => [row.action, row.n])),
  };
}
