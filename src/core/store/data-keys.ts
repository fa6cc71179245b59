// Data keys seal record payloads. Each is stored wrapped by the key vault and unwrapped once per
// process; one key serves the whole database (the table allows rotation later without a migration).
import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { KeyVault } from '../device/key-vault';

/** Hands out the data key for new records and the keys of existing ones. */
export interface DataKeyRing {
  /** The key new records are sealed under; ensureDataKey must have run once on this database. */
  current(): { readonly id: number; readonly key: Buffer };
  /** The key with this id; throws KeyVaultError 'wrong-key' when the vault cannot unwrap it. */
  byId(id: number): Buffer;
}

const LATEST = 'SELECT id FROM data_keys ORDER BY id DESC LIMIT 1';

/** Creates the database's first data key, wrapped by `vault`, in its own commit (never inside an append). */
export function ensureDataKey(db: Database, vault: KeyVault, nowMs: number): void {
  if (db.prepare(LATEST).get()) return;
  db.prepare('INSERT INTO data_keys (wrapped, created_at_ms) VALUES (?, ?)').run(
    vault.wrapDataKey(randomBytes(32)),
    nowMs,
  );
}

/** A key ring over the data_keys table, unwrapping through `vault`; it never writes. */
export function createDataKeyRing(db: Database, vault: KeyVault): DataKeyRing {
  const unwrapped = new Map<number, Buffer>();
  const select = db.prepare<[number], { wrapped: Buffer }>(
    'SELECT wrapped FROM data_keys WHERE id = ?',
  );
  const latest = db.prepare<[], { id: number }>(LATEST);

  const byId = (id: number): Buffer => {
    const cached = unwrapped.get(id);
    if (cached) return cached;
    const row = select.get(id);
    if (!row) throw new Error(`Data key ${id} is referenced but not stored`);
    const key = vault.unwrapDataKey(row.wrapped);
    unwrapped.set(id, key);
    return key;
  };

  return {
    byId,
    current() {
      const row = latest.get();
      if (!row) throw new Error('No data key: ensureDataKey was not called on this database');
      return { id: row.id, key: byId(row.id) };
    },
  };
}
