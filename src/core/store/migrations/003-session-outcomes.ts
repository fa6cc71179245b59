// Schema version 3: how every capture session ended, counted per local day. Failed and refused
// sessions leave no record, so without this table the figures would show passes only.
import type { Migration } from './migration';

/** Creates the session_outcomes table: counts only, never a name, an ID number or an image. */
export const migration003: Migration = {
  version: 3,
  name: 'session-outcomes',
  up(db) {
    db.exec(`
      CREATE TABLE session_outcomes (
        day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        outcome TEXT NOT NULL CHECK (outcome IN ('pass', 'fail')),
        reason TEXT NOT NULL,
        count INTEGER NOT NULL CHECK (count > 0),
        PRIMARY KEY (day, outcome, reason)
      ) WITHOUT ROWID;
    `);
  },
};
