// The reference collector's own SQLite: records received (deduplicated by id and chain hash) and
// the registered device keys. One file, opened by one collector process.
import Database from 'better-sqlite3';

/** What storing a record did. */
export type StoreResult = 'stored' | 'already-stored' | 'conflict';

/** A received record as the collector keeps it. */
export interface StoredRecord {
  readonly recordId: string;
  readonly recordHash: string;
  readonly keyId: string;
  readonly envelopeJson: string;
  readonly receivedAtMs: number;
}

/** A registered device key: the key id and its base64 SPKI DER public key. */
export interface RegisteredKey {
  readonly keyId: string;
  readonly publicKey: string;
}

/** The collector database. */
export interface CollectorDb {
  /** Stores records in order in one transaction (one fsync), each unless one with the same id exists; tells which case applied to each. */
  storeRecords(records: readonly StoredRecord[]): StoreResult[];
  getRecord(recordId: string): StoredRecord | undefined;
  /** Every record id with its hash, in arrival order (tests check "each once"). */
  listRecords(): Array<Pick<StoredRecord, 'recordId' | 'recordHash' | 'envelopeJson'>>;
  registerKey(key: RegisteredKey): void;
  keys(): RegisteredKey[];
  /** The base64 SPKI public key registered under `keyId`, or undefined. */
  publicKeyOf(keyId: string): string | undefined;
  close(): void;
}

/** Opens (creating when needed) the collector database at `path` (':memory:' for throw-away use). */
export function openCollectorDb(path: string): CollectorDb {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL'); // a 201 promises the record is on disk
  db.exec(`
    CREATE TABLE IF NOT EXISTS records (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      record_id TEXT NOT NULL UNIQUE,
      record_hash TEXT NOT NULL,
      key_id TEXT NOT NULL,
      envelope_json TEXT NOT NULL,
      received_at_ms INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS device_keys (key_id TEXT PRIMARY KEY, public_key TEXT NOT NULL);
  `);
  const insert = db.prepare(
    `INSERT INTO records (record_id, record_hash, key_id, envelope_json, received_at_ms)
     VALUES (@recordId, @recordHash, @keyId, @envelopeJson, @receivedAtMs) ON CONFLICT (record_id) DO NOTHING`,
  );
  const select = db.prepare<
    [string],
    { record_hash: string; key_id: string; envelope_json: string; received_at_ms: number }
  >('SELECT record_hash, key_id, envelope_json, received_at_ms FROM records WHERE record_id = ?');
  const upsertKey = db.prepare(
    'INSERT INTO device_keys (key_id, public_key) VALUES (@keyId, @publicKey) ON CONFLICT (key_id) DO UPDATE SET public_key = excluded.public_key',
  );
  const getRecord = (recordId: string): StoredRecord | undefined => {
    const row = select.get(recordId);
    return (
      row && {
        recordId,
        recordHash: row.record_hash,
        keyId: row.key_id,
        envelopeJson: row.envelope_json,
        receivedAtMs: row.received_at_ms,
      }
    );
  };
  const keyOf = db.prepare<[string], { public_key: string }>(
    'SELECT public_key FROM device_keys WHERE key_id = ?',
  );
  const storeRecord = (record: StoredRecord): StoreResult => {
    if (insert.run(record).changes === 1) return 'stored';
    return getRecord(record.recordId)?.recordHash === record.recordHash
      ? 'already-stored'
      : 'conflict';
  };
  const storeBatch = db.transaction((records: readonly StoredRecord[]) => records.map(storeRecord));
  return {
    storeRecords: (records) => storeBatch.immediate(records),
    getRecord,
    listRecords: () =>
      db
        .prepare<[], { recordId: string; recordHash: string; envelopeJson: string }>(
          'SELECT record_id AS recordId, record_hash AS recordHash, envelope_json AS envelopeJson FROM records ORDER BY seq',
        )
        .all(),
    registerKey: (key) => void upsertKey.run(key),
    keys: () =>
      db
        .prepare<[], RegisteredKey>(
          'SELECT key_id AS keyId, public_key AS publicKey FROM device_keys',
        )
        .all(),
    publicKeyOf: (keyId) => keyOf.get(keyId)?.public_key,
    close: () => db.close(),
  };
}
