// What a receiver's intake needs from its database, made cheap per request: registered device
// keys parsed once, and records stored by group commit. Requests checked in the same turn of the
// event loop share one transaction, and each is answered only after that commit is on disk
// (synchronous=FULL), so a 201 (or code 0) still means durable; what changes is one fsync per
// group of concurrent uploads instead of one per record.
import type { KeyObject } from 'node:crypto';
import { createGroupCommitter } from '../core/store/group-commit';
import { parseEd25519PublicKey } from '../core/records/record-signature';
import { ok } from '../shared/result';
import type { CollectorDb, StoreResult, StoredRecord } from './collector-db';

/** A registered device key: its base64 SPKI as registered and the parsed key. */
interface ReceiverKey {
  readonly spki: string;
  readonly key: KeyObject;
}

/** The intake's view of the receiver's database. */
export interface ReceiverStore {
  /** The key registered under `keyId`; undefined when none is (or it does not parse). */
  deviceKey(keyId: string): ReceiverKey | undefined;
  /** Stores the record in the next group commit; resolves once that commit is durable. */
  store(record: StoredRecord): Promise<StoreResult>;
}

/** Wraps a receiver's database for its intake. */
export function createReceiverStore(db: CollectorDb): ReceiverStore {
  // A key id is its key's fingerprint, so a key found once never changes; an unknown id is looked
  // up again each time, so a key registered meanwhile (`kiosk collector --register-key`) is seen.
  const known = new Map<string, ReceiverKey>();
  const group = createGroupCommitter((records: readonly StoredRecord[]) =>
    db.storeRecords(records).map((result) => ok(result)),
  );
  return {
    deviceKey(keyId) {
      const cached = known.get(keyId);
      if (cached) return cached;
      const spki = db.publicKeyOf(keyId);
      const key = spki === undefined ? undefined : parseEd25519PublicKey(spki);
      if (spki === undefined || !key) return undefined;
      const entry = { spki, key };
      known.set(keyId, entry);
      return entry;
    },
    store: (record) => group.commit(record),
  };
}
