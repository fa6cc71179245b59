// A real kiosk store (SQLite file, file vault, sealed records, outbox) in a temp folder, for the
// upload integration tests and the drain bench.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateDeviceKey, type DeviceKey } from '../../src/core/device/device-key';
import { initFileVault } from '../../src/core/device/key-vault-file';
import { openRecordStore, type RecordStore } from '../../src/core/store/record-store';
import type { OutboxPort } from '../../src/core/upload/outbox-port';
import { testRecord } from './upload-records';

/** A store opened for a test: the outbox, the device key, an append of synthetic records. */
export interface UploadTestStore {
  readonly dir: string;
  readonly dbPath: string;
  readonly vaultDir: string;
  readonly outbox: OutboxPort;
  readonly deviceKey: DeviceKey;
  readonly store: RecordStore;
  /** Appends `count` synthetic records in one go; returns their ids. */
  appendRecords(count: number): string[];
  close(): void;
}

/** Creates a fresh store in a temp folder. */
export function openUploadTestStore(): UploadTestStore {
  const dir = mkdtempSync(join(tmpdir(), 'upload-store-'));
  const dbPath = join(dir, 'kiosk.db');
  const vaultDir = join(dir, 'vault');
  const vault = initFileVault(vaultDir);
  const deviceKey = loadOrCreateDeviceKey(vault);
  const store = openRecordStore({ file: dbPath, vault, deviceKey });
  return {
    dir,
    dbPath,
    vaultDir,
    outbox: store.outbox,
    deviceKey,
    store,
    appendRecords(count) {
      const ids: string[] = [];
      for (let i = 0; i < count; i += 1) {
        const { previousRecordHash: _unused, ...draft } = testRecord(Date.now() + i);
        ids.push(store.appendRecord(draft).recordId);
      }
      return ids;
    },
    close() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
