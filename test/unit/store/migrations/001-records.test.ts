import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../src/core/store/migrate';

describe('migration 001: records', () => {
  it('takes an empty database to version 1 with the record log tables', () => {
    const db = new Database(':memory:');
    migrate(db, 1);
    expect(schemaVersion(db)).toBe(1);
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .pluck()
      .all();
    expect(tables).toEqual(['data_keys', 'records', 'settings']);
  });

  it('refuses a row whose payload is gone without a purge time', () => {
    const db = new Database(':memory:');
    migrate(db, 1);
    db.prepare("INSERT INTO data_keys (wrapped, created_at_ms) VALUES (x'00', 1)").run();
    const insert = db.prepare(
      `INSERT INTO records (record_id, created_at_ms, record_hash, key_id, public_key, signature, clear_json, data_key_id, sealed, sealed_bytes, purged_at_ms)
       VALUES ('r1', 1, 'h1', 'k', 'p', 's', '{}', 1, ?, 0, ?)`,
    );
    expect(() => insert.run(null, null)).toThrow(/CHECK constraint/);
    expect(() => insert.run(Buffer.from([1]), null)).not.toThrow();
  });
});
