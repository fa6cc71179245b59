// Retention: a record's sealed payload is deleted a set time after the platform acknowledged it,
// never earlier and never for a record that was not acknowledged. The row keeps its clear part,
// signature and hashes, and the audit entry stays, so the chain still verifies.
import type { Database } from 'better-sqlite3';
import { appendAudit } from './audit-log';

/** Purges the payloads of records acknowledged at least `retentionMs` before `nowMs`; returns how many. */
export function purgeAcknowledged(db: Database, nowMs: number, retentionMs: number): number {
  const expired = db.prepare<[number], { recordId: string; recordHash: string }>(
    `SELECT r.record_id AS recordId, r.record_hash AS recordHash FROM records r JOIN outbox o ON o.record_id = r.record_id
     WHERE o.state = 'acked' AND o.acked_at_ms <= ? AND r.sealed IS NOT NULL ORDER BY r.seq`,
  );
  const purge = db.prepare(
    'UPDATE records SET sealed = NULL, purged_at_ms = ? WHERE record_id = ?',
  );
  return db
    .transaction(() => {
      const rows = expired.all(nowMs - retentionMs);
      for (const { recordId, recordHash } of rows) {
        purge.run(nowMs, recordId);
        appendAudit(db, {
          atMs: nowMs,
          actor: 'retention',
          action: 'payload-purged',
          recordId,
          recordHash,
          detail: null,
        });
      }
      return rows.length;
    })
    .immediate();
}
