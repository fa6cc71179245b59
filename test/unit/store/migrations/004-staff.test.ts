import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../src/core/store/migrate';

describe('migration 004: staff accounts, login throttle, staff log', () => {
  it('adds the staff tables to a version 3 store and keeps its audit entries', () => {
    const db = new Database(':memory:');
    migrate(db, 3);
    db.prepare(
      "INSERT INTO audit (at_ms, actor, action) VALUES (1, 'uploader', 'record-acked')",
    ).run();

    migrate(db, 4);

    expect(schemaVersion(db)).toBe(4);
    expect(db.prepare('SELECT COUNT(*) AS n FROM audit').get()).toEqual({ n: 1 });
    for (const table of ['staff_accounts', 'login_throttle', 'staff_log', 'staff_log_head'])
      expect(db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
  });

  it('allows only the two staff roles, and account names unique regardless of case', () => {
    const db = new Database(':memory:');
    migrate(db, 4);
    const insert = db.prepare(
      'INSERT INTO staff_accounts (name, role, pin_hash, created_at_ms) VALUES (?, ?, ?, 0)',
    );
    expect(() => insert.run('boss', 'supervisor', 'h')).toThrow(/CHECK constraint/);
    insert.run('Tech-Wang', 'technician', 'h');
    expect(() => insert.run('tech-wang', 'operator', 'h')).toThrow(/UNIQUE constraint/);
  });
});
