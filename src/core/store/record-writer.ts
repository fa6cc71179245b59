// Appends a record: links it to the chain head, signs, seals, and writes the record row, its
// outbox row, its audit entry and the new chain head in ONE transaction. Returns after commit.
// A batch appends several records in one transaction (one fsync), each in its own savepoint.
import type { Database } from 'better-sqlite3';
import { err, ok, type Result } from '../../shared/result';
import type { Clock } from '../clock';
import type { DeviceKey } from '../device/device-key';
import { canonicalize } from '../records/canonical-json';
import { envelopeHash, signEnvelope } from '../records/envelope';
import { splitPersonal } from '../records/personal-data';
import { captureRecordV1, type RecordDraft } from '../records/record-schema';
import { sealPersonal } from '../records/record-seal';
import { appendAudit } from './audit-log';
import type { DataKeyRing } from './data-keys';
import { chainHead } from './record-reader';
import { InvalidRecordError } from './store-error';

/** What an append committed. */
export interface AppendedRecord {
  readonly recordId: string;
  /** The chain hash; the next record's previousRecordHash. */
  readonly recordHash: string;
  /** Position in the local chain (1 for the first record). */
  readonly position: number;
  /** Bytes of the sealed payload. */
  readonly sealedBytes: number;
}

/** Everything an append needs. */
export interface RecordWriterDeps {
  readonly db: Database;
  readonly keys: DataKeyRing;
  readonly deviceKey: DeviceKey;
  readonly clock: Clock;
}

/** The append functions of one connection. */
export interface RecordWriter {
  /** Appends one record in its own transaction. */
  readonly append: (draft: RecordDraft) => AppendedRecord;
  /** Appends records in order in one transaction; a refused draft is rolled back alone and reported. */
  readonly appendBatch: (drafts: readonly RecordDraft[]) => Result<AppendedRecord, unknown>[];
}

/** Builds the append functions; callers check capacity first (the store facade does). */
export function createRecordWriter({ db, keys, deviceKey, clock }: RecordWriterDeps): RecordWriter {
  const exists = db.prepare<[string], { one: number }>(
    'SELECT 1 AS one FROM records WHERE record_id = ?',
  );
  const insertRecord = db.prepare(
    `INSERT INTO records (record_id, created_at_ms, record_hash, previous_hash, key_id, public_key, signature,
       clear_json, data_key_id, sealed, sealed_bytes)
     VALUES (@recordId, @nowMs, @recordHash, @previousHash, @keyId, @publicKey, @signature, @clearJson, @dataKeyId, @sealed, @sealedBytes)`,
  );
  const insertOutbox = db.prepare(
    `INSERT INTO outbox (record_id, state, attempts, next_attempt_at_ms, created_at_ms, updated_at_ms)
     VALUES (?, 'pending', 0, ?, ?, ?)`,
  );
  const setHead = db.prepare(
    "INSERT INTO settings (key, value) VALUES ('chain_head', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  );

  const append = db.transaction((draft: RecordDraft): AppendedRecord => {
    const nowMs = clock.now();
    const previousHash = chainHead(db);
    const parsed = captureRecordV1.safeParse({ ...draft, previousRecordHash: previousHash });
    if (!parsed.success) {
      throw new InvalidRecordError(
        parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
      );
    }
    const record = parsed.data;
    if (exists.get(record.recordId))
      throw new InvalidRecordError(`recordId ${record.recordId} is already in the log`);
    const envelope = signEnvelope(record, deviceKey);
    const recordHash = envelopeHash(envelope);
    const { clear, personal } = splitPersonal(record);
    const dataKey = keys.current();
    const sealed = sealPersonal(personal, dataKey.key, record.recordId);
    const { keyId, publicKey, signature } = envelope;
    const { lastInsertRowid } = insertRecord.run({
      recordId: record.recordId,
      nowMs,
      recordHash,
      previousHash,
      keyId,
      publicKey,
      signature,
      clearJson: canonicalize(clear),
      dataKeyId: dataKey.id,
      sealed,
      sealedBytes: sealed.length,
    });
    insertOutbox.run(record.recordId, nowMs, nowMs, nowMs);
    const actor = record.operatorId ?? 'kiosk';
    appendAudit(db, {
      atMs: nowMs,
      actor,
      action: 'record-appended',
      recordId: record.recordId,
      recordHash,
      detail: null,
    });
    setHead.run(recordHash);
    return {
      recordId: record.recordId,
      recordHash,
      position: Number(lastInsertRowid),
      sealedBytes: sealed.length,
    };
  });
  // Inside the batch's transaction each append runs as a savepoint (better-sqlite3 nests them).
  const batch = db.transaction((drafts: readonly RecordDraft[]) =>
    drafts.map((draft): Result<AppendedRecord, unknown> => {
      try {
        return ok(append(draft));
      } catch (error) {
        return err(error);
      }
    }),
  );
  return {
    append: (draft) => append.immediate(draft),
    appendBatch: (drafts) => batch.immediate(drafts),
  };
}
