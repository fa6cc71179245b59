// The audit log: who did what to which record and when, with the record's chain hash. It outlives
// purging and never holds personal data, so it can be kept as long as the regulator asks.
import type { Database } from 'better-sqlite3';

/** What happened to a record. */
type AuditAction =
  | 'record-appended'
  | 'record-acked'
  | 'record-quarantined'
  | 'record-requeued'
  | 'record-rejected'
  | 'payload-purged'
  | 'records-exported';

/** One audit line; `actor` is an operator id or a component name ('kiosk', 'uploader', 'retention'). */
export interface AuditEntry {
  readonly atMs: number;
  readonly actor: string;
  readonly action: AuditAction;
  /** Null for an action on many records at once (a full export). */
  readonly recordId: string | null;
  readonly recordHash: string | null;
  /** Operator-readable reason or outcome; never names, ID numbers or images. */
  readonly detail: string | null;
}

/** Writes one audit entry; call inside the transaction of the change it records. */
export function appendAudit(db: Database, entry: AuditEntry): void {
  db.prepare(
    `INSERT INTO audit (at_ms, actor, action, record_id, record_hash, detail)
     VALUES (@atMs, @actor, @action, @recordId, @recordHash, @detail)`,
  ).run(entry);
}

/** Writes an audit entry for a record identified only by id, taking its hash from the log. */
export function appendRecordAudit(
  db: Database,
  recordId: string,
  entry: Omit<AuditEntry, 'recordId' | 'recordHash'>,
): void {
  const row = db
    .prepare<[string], { record_hash: string }>(
      'SELECT record_hash FROM records WHERE record_id = ?',
    )
    .get(recordId);
  if (row) appendAudit(db, { ...entry, recordId, recordHash: row.record_hash });
}

/** The audit entries, oldest first; for one record when `recordId` is given. */
export function listAudit(db: Database, recordId?: string): AuditEntry[] {
  const columns =
    'at_ms AS atMs, actor, action, record_id AS recordId, record_hash AS recordHash, detail';
  return recordId === undefined
    ? db.prepare<[], AuditEntry>(`SELECT ${columns} FROM audit ORDER BY id`).all()
    : db
        .prepare<[string], AuditEntry>(
          `SELECT ${columns} FROM audit WHERE record_id = ? ORDER BY id`,
        )
        .all(recordId);
}
