// Schema version 2: the outbox (upload state per record) and the audit log. Records written at
// version 1 enter the outbox as pending, so nothing captured before the upgrade is left behind.
import type { Migration } from './migration';

/** Creates the outbox and audit tables and queues every existing record. */
export const migration002: Migration = {
  version: 2,
  name: 'outbox-audit',
  up(db) {
    db.exec(`
      -- quarantined: the platform refused the record (4xx); an operator requeues or rejects it.
      -- rejected: the operator confirmed the refusal; final, never sent again, never purged.
      CREATE TABLE outbox (
        record_id TEXT PRIMARY KEY REFERENCES records (record_id),
        state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'acked', 'rejected', 'quarantined')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at_ms INTEGER NOT NULL,
        last_error TEXT,
        created_at_ms INTEGER NOT NULL,
        updated_at_ms INTEGER NOT NULL,
        acked_at_ms INTEGER,
        CHECK ((state = 'acked') = (acked_at_ms IS NOT NULL))
      );
      CREATE INDEX outbox_due ON outbox (state, next_attempt_at_ms);
      CREATE INDEX outbox_acked ON outbox (acked_at_ms) WHERE state = 'acked';
      -- Who did what to which record, when: ids and hashes only, never personal data.
      CREATE TABLE audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at_ms INTEGER NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        record_id TEXT,
        record_hash TEXT,
        detail TEXT
      );
      CREATE INDEX audit_record ON audit (record_id);
      INSERT INTO outbox (record_id, state, attempts, next_attempt_at_ms, created_at_ms, updated_at_ms)
        SELECT record_id, 'pending', 0, created_at_ms, created_at_ms, created_at_ms FROM records ORDER BY seq;
    `);
  },
};
