// A drain bench's backlog, written fast but genuine: every record goes through the store's own
// batch append (linked to the chain head, signed, sealed, with its outbox row and audit entry),
// many records per transaction instead of one commit each. Only the benches use batches this
// large; the kiosk's commit path (group commit of the sessions' records) is untouched. The
// seeding runs in a process of its own, so the memory it leaves behind is not counted as the
// draining kiosk's.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadOrCreateDeviceKey } from '../../src/core/device/device-key';
import { openFileVault } from '../../src/core/device/key-vault-file';
import { openRecordStore } from '../../src/core/store/record-store';
import { testRecord } from '../../test/support/upload-records';
import type { UploadTestStore } from '../../test/support/upload-store';

/** Records per transaction: large enough that the fsync is noise, small enough to bound memory. */
const PER_COMMIT = 1_000;

/** A backlog this size is past the kiosk's capture floor, which would refuse the seeding. */
const UNLIMITED = { alarm: Number.MAX_SAFE_INTEGER, floor: Number.MAX_SAFE_INTEGER };

/** Appends `count` synthetic records to the store at `dbPath`; writes their ids, in chain order, to `idsFile`. */
function seed(dbPath: string, vaultDir: string, count: number, idsFile: string): void {
  const vault = openFileVault(vaultDir);
  const store = openRecordStore({
    file: dbPath,
    vault,
    deviceKey: loadOrCreateDeviceKey(vault),
    limits: () => ({
      unackedRecords: UNLIMITED,
      databaseBytes: UNLIMITED,
      freeDiskBytes: { alarm: 0, floor: 0 },
    }),
  });
  const ids: string[] = [];
  const start = Date.now();
  while (ids.length < count) {
    const drafts = Array.from({ length: Math.min(PER_COMMIT, count - ids.length) }, (_, i) => {
      const { previousRecordHash: _linkedByStore, ...draft } = testRecord(start + ids.length + i);
      return draft;
    });
    for (const outcome of store.appendRecords(drafts)) {
      if (!outcome.ok) throw new Error('a backlog record was refused', { cause: outcome.error });
      ids.push(outcome.value.recordId);
    }
  }
  store.close();
  writeFileSync(idsFile, ids.join('\n'));
}

/** Seeds `count` records into the test store from a child process; returns their ids in chain order. */
export async function seedBacklog(store: UploadTestStore, count: number): Promise<string[]> {
  const idsFile = `${store.dir}/backlog-ids.txt`;
  await promisify(execFile)(process.execPath, [
    '--import',
    'tsx',
    fileURLToPath(import.meta.url),
    store.dbPath,
    store.vaultDir,
    String(count),
    idsFile,
  ]);
  const text = readFileSync(idsFile, 'utf8');
  return text === '' ? [] : text.split('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dbPath, vaultDir, count, idsFile] = process.argv.slice(2);
  seed(dbPath ?? '', vaultDir ?? '', Number(count), idsFile ?? '');
}
