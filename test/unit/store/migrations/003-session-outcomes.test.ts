import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../src/core/store/migrate';

describe('migration 003: session outcomes', () => {
  it('adds the counts table to a version 2 database and keeps its records', () => {
    const db = new Database(':memory:');
    migrate(db, 2);
    db.prepare("INSERT INTO data_keys (wrapped, created_at_ms) VALUES (x'00', 1)").run();
    db.prepare(
      `INSERT INTO records (record_id, created_at_ms, record_hash, key_id, public_key, signature, clear_json, data_key_id, sealed, sealed_bytes)
       VALUES ('r1', 100, 'h1', 'k', 'p', 's', '{}', 1, x'01', 1)`,
    ).run();

    migrate(db, 3);

    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT COUNT(*) AS n FROM records').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM session_outcomes').get()).toEqual({ n: 0 });
  });

  it('accepts only a calendar-shaped day, pass or fail, and a positive count', () => {
    const db = new Database(':memory:');
    migrate(db, 3);
    const insert = db.prepare(
      'INSERT INTO session_outcomes (day, outcome, reason, count) VALUES (?, ?, ?, ?)',
    );
    expect(() => insert.run('2026-3-1', 'pass', 'matched', 1)).toThrow(/CHECK constraint/);
    expect(() => insert.run('2026-03-01', 'retry', 'no-face', 1)).toThrow(/CHECK constraint/);
    expect(() => insert.run('2026-03-01', 'fail', 'no-face', 0)).toThrow(/CHECK constraint/);
    expect(() => insert.run('2026-03-01', 'fail', 'no-face', 2)).not.toThrow();
  });
});
