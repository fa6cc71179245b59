// The figures export (`kiosk export --stats`): session outcomes per day, one row per reason. Counts
// only; the format is documented in docs/export-format.md.
import { outcomeCategoryOf } from '../../shared/kiosk-api/outcome-categories';
import type { FinalOutcome, ReasonKey } from '../../shared/kiosk-api/capture-keys';
import type { DayFigures } from '../store/outcome-counts';
import { csvLine } from './csv-text';

/** The header of the figures CSV. */
const STATS_CSV_HEADER = ['day', 'outcome', 'category', 'reason', 'count'] as const;

/** The CSV lines (header first) of some days' figures; days without sessions add no line. */
export function statsCsvLines(days: readonly DayFigures[]): string[] {
  const lines = [csvLine(STATS_CSV_HEADER)];
  const row = (day: string, outcome: FinalOutcome, reason: ReasonKey, count: number) =>
    csvLine([day, outcome, outcomeCategoryOf(reason), reason, count]);
  for (const figures of days) {
    if (figures.passes > 0) lines.push(row(figures.day, 'pass', 'matched', figures.passes));
    if (figures.operatorVerified > 0)
      lines.push(row(figures.day, 'pass', 'operator-verified', figures.operatorVerified));
    for (const [reason, count] of Object.entries(figures.failuresByReason) as Array<
      [ReasonKey, number]
    >)
      lines.push(row(figures.day, 'fail', reason, count));
  }
  return lines;
}
