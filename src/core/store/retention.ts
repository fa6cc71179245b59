// Retention: a record's sealed payload (card fields and photos) is deleted a set time after the
// platform acknowledged it, never earlier and never for a record that was not acknowledged. The
// row keeps its tombstone (id, hashes, signature, clear part, times) and the audit entries stay,
// so the chain still verifies. The freed pages are then handed back to the file system.
import type { Database } from 'better-sqlite3';
import { appendAudit } from './audit-log';

/** What one purge did. */
export interface PurgeReport {
  /** Records whose personal payload was deleted. */
  readonly purged: number;
  /** Bytes the database file shrank by (incremental vacuum). */
  readonly reclaimedBytes: number;
}

/** Purges the payloads of records acknowledged at least `retentionMs` before `nowMs`, in one transaction. */
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

function fileBytes(db: Database): number {
  const pages = db.pragma('page_count', { simple: true }) as number;
  return pages * (db.pragma('page_size', { simple: true }) as number);
}

/** Returns free pages to the file system (the file is in incremental auto-vacuum mode); bytes reclaimed. */
export function reclaimFreePages(db: Database): number {
  const before = fileBytes(db);
  db.pragma('incremental_vacuum');
  // In WAL mode the file only shrinks when the WAL is checkpointed back into it.
  db.pragma('wal_checkpoint(TRUNCATE)');
  return Math.max(0, before - fileBytes(db));
}

/** When the oldest record the platform has not acknowledged (pending, sending or quarantined) was captured. */
export function oldestUnacknowledgedAtMs(db: Database): number | null {
  return (
    db
      .prepare<[], { oldest: number | null }>(
        "SELECT MIN(created_at_ms) AS oldest FROM outbox WHERE state IN ('pending', 'sending', 'quarantined')",
      )
      .get()?.oldest ?? null
  );
}
