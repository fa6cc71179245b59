// Schema version 1: the record log, the wrapped data keys that seal it, and settings.
import type { Migration } from './migration';

/** Creates the records, data_keys and settings tables. */
export const migration001: Migration = {
  version: 1,
  name: 'records',
  up(db) {
    db.exec(`
      CREATE TABLE data_keys (
        id INTEGER PRIMARY KEY,
        wrapped BLOB NOT NULL,
        created_at_ms INTEGER NOT NULL
      );
      -- seq is the chain position: AUTOINCREMENT never reuses a number, so a deleted row shows as a gap.
      CREATE TABLE records (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        record_id TEXT NOT NULL UNIQUE,
        created_at_ms INTEGER NOT NULL,
        record_hash TEXT NOT NULL UNIQUE,
        previous_hash TEXT,
        key_id TEXT NOT NULL,
        public_key TEXT NOT NULL,
        signature TEXT NOT NULL,
        clear_json TEXT NOT NULL,
        data_key_id INTEGER NOT NULL REFERENCES data_keys (id),
        sealed BLOB,
        sealed_bytes INTEGER NOT NULL,
        purged_at_ms INTEGER,
        CHECK ((sealed IS NULL) = (purged_at_ms IS NOT NULL))
      );
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `);
  },
};
