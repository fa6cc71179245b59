// Reads records back from the log: the signed envelope (unsealing its personal part) for upload,
// and the chain entries for verify-log. Purged rows keep their hashes, so they still chain.
import type { Database } from 'better-sqlite3';
import type { SignedEnvelope } from '../records/envelope';
import type { LogEntry } from '../records/log-verifier';
import { joinPersonal, type ClearPart } from '../records/personal-data';
import { SealTamperedError, unsealPersonal } from '../records/record-seal';
import type { DataKeyRing } from './data-keys';

/** The columns of a records row the readers need. */
interface RecordRow {
  readonly seq: number;
  readonly recordId: string;
  readonly recordHash: string;
  readonly previousHash: string | null;
  readonly keyId: string;
  readonly publicKey: string;
  readonly signature: string;
  readonly clearJson: string;
  readonly dataKeyId: number;
  readonly sealed: Buffer | null;
}

const COLUMNS = `seq, record_id AS recordId, record_hash AS recordHash, previous_hash AS previousHash,
  key_id AS keyId, public_key AS publicKey, signature, clear_json AS clearJson, data_key_id AS dataKeyId, sealed`;
const PAGE_ROWS = 256;

function envelopeOf(row: RecordRow & { sealed: Buffer }, keys: DataKeyRing): SignedEnvelope {
  const personal = unsealPersonal(row.sealed, keys.byId(row.dataKeyId), row.recordId);
  let clear: ClearPart;
  try {
    clear = JSON.parse(row.clearJson) as ClearPart;
  } catch {
    // An unparseable clear part must still reach the verifier, which names it as an invalid record.
    clear = {} as ClearPart;
  }
  const record = joinPersonal(clear, personal);
  return {
    version: 1,
    record,
    signature: row.signature,
    keyId: row.keyId,
    publicKey: row.publicKey,
  };
}

/** The signed envelope of a record, or null when it is unknown or its payload was purged. */
export function readEnvelope(
  db: Database,
  keys: DataKeyRing,
  recordId: string,
): SignedEnvelope | null {
  const row = db
    .prepare<[string], RecordRow>(`SELECT ${COLUMNS} FROM records WHERE record_id = ?`)
    .get(recordId);
  return row?.sealed ? envelopeOf({ ...row, sealed: row.sealed }, keys) : null;
}

function toEntry(row: RecordRow, keys: DataKeyRing): LogEntry {
  const { recordId, recordHash: storedHash } = row;
  if (!row.sealed) return { kind: 'purged', recordId, storedHash, previousHash: row.previousHash };
  try {
    return {
      kind: 'present',
      recordId,
      storedHash,
      envelope: envelopeOf({ ...row, sealed: row.sealed }, keys),
    };
  } catch (error) {
    if (error instanceof SealTamperedError) return { kind: 'seal-tampered', recordId, storedHash };
    throw error;
  }
}

/** Every record of the log in chain order, read page by page so a large log never sits in memory. */
export function* logEntries(db: Database, keys: DataKeyRing): Generator<LogEntry> {
  const page = db.prepare<[number], RecordRow>(
    `SELECT ${COLUMNS} FROM records WHERE seq > ? ORDER BY seq LIMIT ${PAGE_ROWS}`,
  );
  let after = 0;
  for (;;) {
    const rows = page.all(after);
    for (const row of rows) yield toEntry(row, keys);
    const last = rows.at(-1);
    if (!last || rows.length < PAGE_ROWS) return;
    after = last.seq;
  }
}

/** The chain hash of the last record appended, as the store recorded it; null for an empty log. */
export function chainHead(db: Database): string | null {
  return (
    db.prepare<[], { value: string }>("SELECT value FROM settings WHERE key = 'chain_head'").get()
      ?.value ?? null
  );
}
