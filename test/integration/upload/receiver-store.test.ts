// The receivers' store: concurrent uploads share one transaction and each is answered only after
// it, duplicates and conflicts inside one group are told apart, and device keys are read once.
import { describe, expect, it } from 'vitest';
import {
  openCollectorDb,
  type CollectorDb,
  type StoredRecord,
} from '../../../src/collector/collector-db';
import { registerDeviceKey } from '../../../src/collector/key-registration';
import { createReceiverStore } from '../../../src/collector/receiver-store';
import { createTestDeviceKey } from '../../support/upload-records';

const record = (recordId: string, recordHash = `h-${recordId}`): StoredRecord => ({
  recordId,
  recordHash,
  keyId: 'k',
  envelopeJson: '{}',
  receivedAtMs: 1,
});

/** A collector database whose batch inserts and key reads are counted. */
function countingDb() {
  const db = openCollectorDb(':memory:');
  const batches: string[][] = [];
  let keyReads = 0;
  const counted: CollectorDb = {
    ...db,
    storeRecords(records) {
      batches.push(records.map((r) => r.recordId));
      return db.storeRecords(records);
    },
    publicKeyOf(keyId) {
      keyReads += 1;
      return db.publicKeyOf(keyId);
    },
  };
  return { db: counted, batches, keyReads: () => keyReads };
}

describe('receiver store', () => {
  it('stores concurrent records in one transaction, telling new, duplicate and conflict apart', async () => {
    const { db, batches } = countingDb();
    const receiver = createReceiverStore(db);
    const results = await Promise.all(
      [record('a'), record('b'), record('a'), record('b', 'other hash')].map((r) =>
        receiver.store(r),
      ),
    );
    expect(batches).toEqual([['a', 'b', 'a', 'b']]);
    expect(results).toEqual(['stored', 'stored', 'already-stored', 'conflict']);
    expect(db.listRecords().map((r) => r.recordId)).toEqual(['a', 'b']);
    db.close();
  });

  it('settles a request only after the commit that holds its record', async () => {
    const { db, batches } = countingDb();
    const receiver = createReceiverStore(db);
    const pending = receiver.store(record('a'));
    expect(batches).toEqual([]);
    await expect(pending).resolves.toBe('stored');
    expect(batches).toEqual([['a']]);
    expect(db.getRecord('a')?.recordHash).toBe('h-a');
    db.close();
  });

  it('reads a known key once, and looks an unknown key up again until it is registered', () => {
    const { db, keyReads } = countingDb();
    const receiver = createReceiverStore(db);
    const device = createTestDeviceKey();
    expect(receiver.deviceKey(device.keyId)).toBeUndefined();
    registerDeviceKey(db, device.publicKeySpki.toString('base64'));
    const found = receiver.deviceKey(device.keyId);
    expect(found?.spki).toBe(device.publicKeySpki.toString('base64'));
    expect(found?.key.asymmetricKeyType).toBe('ed25519');
    expect(receiver.deviceKey(device.keyId)).toBe(found);
    expect(keyReads()).toBe(2);
    db.close();
  });
});
