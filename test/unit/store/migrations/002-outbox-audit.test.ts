import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../src/core/store/migrate';

describe('migration 002: outbox and audit', () => {
  it('queues every record written at version 1 as pending, due at its creation time', () => {
    const db = new Database(':memory:');
    migrate(db, 1);
    db.prepare("INSERT INTO data_keys (wrapped, created_at_ms) VALUES (x'00', 1)").run();
    const insert = db.prepare(
      `INSERT INTO records (record_id, created_at_ms, record_hash, key_id, public_key, signature, clear_json, data_key_id, sealed, sealed_bytes)
       VALUES (?, ?, ?, 'k', 'p', 's', '{}', 1, x'01', 1)`,
    );
    insert.run('r1', 100, 'h1');
    insert.run('r2', 200, 'h2');

    migrate(db, 2);

    expect(schemaVersion(db)).toBe(2);
    expect(
      db
        .prepare(
          'SELECT record_id, state, attempts, next_attempt_at_ms FROM outbox ORDER BY record_id',
        )
        .all(),
    ).toEqual([
      { record_id: 'r1', state: 'pending', attempts: 0, next_attempt_at_ms: 100 },
      { record_id: 'r2', state: 'pending', attempts: 0, next_attempt_at_ms: 200 },
    ]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM audit').get()).toEqual({ n: 0 });
  });

  it('allows only the five outbox states, and an ack time exactly when acked', () => {
    const db = new Database(':memory:');
    migrate(db, 2);
    const insert = db.prepare(
      `INSERT INTO outbox (record_id, state, next_attempt_at_ms, created_at_ms, updated_at_ms, acked_at_ms) VALUES (?, ?, 0, 0, 0, ?)`,
    );
    db.pragma('foreign_keys = OFF');
    expect(() => insert.run('a', 'lost', null)).toThrow(/CHECK constraint/);
    expect(() => insert.run('b', 'acked', null)).toThrow(/CHECK constraint/);
    expect(() => insert.run('c', 'acked', 5)).not.toThrow();
  });

  it('refuses a database newer than this build', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 99');
    expect(() => migrate(db)).toThrow(/newer than this build/);
  });
});
