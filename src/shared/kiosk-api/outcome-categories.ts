/** How capture sessions ended, grouped the way the operator reads the figures and the daily chart. */
import { assertNever } from '../result';
import type { ReasonKey } from './capture-keys';

/** The groups of session outcomes the console and the export show. */
export type OutcomeCategory =
  | 'passed'
  | 'operator-verified'
  | 'operator-rejected'
  | 'refused-card'
  | 'no-face'
  | 'spoof'
  | 'no-match'
  | 'timed-out'
  | 'abandoned'
  | 'fault';

/** The group a session's final reason belongs to. */
export function outcomeCategoryOf(reason: ReasonKey): OutcomeCategory {
  switch (reason) {
    case 'matched':
      return 'passed';
    case 'operator-verified':
      return 'operator-verified';
    case 'operator-rejected':
      return 'operator-rejected';
    case 'card-photo-unreadable':
    case 'card-expired':
    case 'card-not-yet-valid':
    case 'card-number-invalid':
    case 'card-data-inconsistent':
    case 'card-type-not-accepted':
    case 'card-rejected-by-operator':
    case 'card-needs-review': // never ends a session (the review screen's reason)
      return 'refused-card';
    case 'no-face':
      return 'no-face';
    case 'spoof-suspected':
    case 'locked-out':
      return 'spoof';
    case 'no-match':
    case 'attempts-exhausted':
      return 'no-match';
    case 'face-timeout':
    case 'consent-timeout':
    case 'card-timeout':
    case 'matching-timeout':
    case 'review-timeout':
      return 'timed-out';
    case 'consent-declined':
    case 'card-removed':
    case 'card-changed':
    case 'cancelled':
      return 'abandoned';
    case 'engine-failed':
    case 'record-not-saved':
      return 'fault';
    default:
      return assertNever(reason, 'reason key');
  }
}

/** Failures of some days grouped by category, the most frequent first (for the chart and totals). */
export function failuresByCategory(
  failuresByReason: Partial<Record<ReasonKey, number>>,
): Array<[OutcomeCategory, number]> {
  const totals = new Map<OutcomeCategory, number>();
  for (const [reason, count] of Object.entries(failuresByReason) as Array<[ReasonKey, number]>) {
    const category = outcomeCategoryOf(reason);
    totals.set(category, (totals.get(category) ?? 0) + count);
  }
  return [...totals].filter(([, count]) => count > 0).sort((a, b) => b[1] - a[1]);
}
