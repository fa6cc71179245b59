// The operator's decision on a quarantined record: send it again (after the cause was fixed) or
// confirm the platform's refusal with a reason. Both are audited under the operator's id.
import type { Database } from 'better-sqlite3';
import { assertNever } from '../../shared/result';
import { appendRecordAudit } from './audit-log';

/** What the operator decided about a quarantined record; a discard says why. */
export type QuarantineDecision =
  { readonly kind: 'requeue' } | { readonly kind: 'reject'; readonly reason: string };

/** Applies an operator's decision to a quarantined record; false when the record is not quarantined. */
export function resolveQuarantined(
  db: Database,
  recordId: string,
  operatorId: string,
  nowMs: number,
  decision: QuarantineDecision,
): boolean {
  return db
    .transaction(() => {
      let sql: string;
      switch (decision.kind) {
        case 'requeue':
          sql = `UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at_ms = @nowMs, updated_at_ms = @nowMs
               WHERE record_id = @recordId AND state = 'quarantined'`;
          break;
        case 'reject':
          sql = `UPDATE outbox SET state = 'rejected', updated_at_ms = @nowMs WHERE record_id = @recordId AND state = 'quarantined'`;
          break;
        default:
          return assertNever(decision, 'quarantine decision');
      }
      if (db.prepare(sql).run({ recordId, nowMs }).changes === 0) return false;
      appendRecordAudit(db, recordId, {
        atMs: nowMs,
        actor: operatorId,
        action: decision.kind === 'requeue' ? 'record-requeued' : 'record-rejected',
        detail: decision.kind === 'reject' ? decision.reason : null,
      });
      return true;
    })
    .immediate();
}
