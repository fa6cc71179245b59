// Schema version 4: staff accounts, login throttling that survives a restart, and the staff log,
// a hash chain of every staff action (verify-log checks it beside the record chain).
import type { Migration } from './migration';

/** Creates the staff account, login throttle and staff log tables. */
export const migration004: Migration = {
  version: 4,
  name: 'staff',
  up(db) {
    db.exec(`
      CREATE TABLE staff_accounts (
        name TEXT PRIMARY KEY COLLATE NOCASE,
        role TEXT NOT NULL CHECK (role IN ('operator', 'technician')),
        pin_hash TEXT NOT NULL,
        created_at_ms INTEGER NOT NULL
      );
      -- One row per scope: 'kiosk' (every attempt) and 'account:NAME'.
      CREATE TABLE login_throttle (
        scope TEXT PRIMARY KEY,
        failures INTEGER NOT NULL,
        last_failure_at_ms INTEGER NOT NULL,
        locked_until_ms INTEGER NOT NULL
      );
      -- entry_hash = sha256 of the canonical JSON of the entry with previous_hash; the head row
      -- makes a cut-off tail visible. Account names and setting values only, never personal data.
      CREATE TABLE staff_log (
        seq INTEGER PRIMARY KEY,
        at_ms INTEGER NOT NULL,
        account TEXT NOT NULL,
        role TEXT,
        action TEXT NOT NULL,
        detail TEXT NOT NULL,
        previous_hash TEXT,
        entry_hash TEXT NOT NULL UNIQUE
      );
      CREATE TABLE staff_log_head (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seq INTEGER NOT NULL,
        entry_hash TEXT NOT NULL
      );
    `);
  },
};
