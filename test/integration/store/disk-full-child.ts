// Child of the disk-full test, run inside its own mount namespace with a small tmpfs at DIR: commits
// records, fills the file system to the last byte, tries one operation (capture commit, purge or
// export), frees the disk, and prints what survived as one JSON line.
import { closeSync, existsSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createManualClock } from '../../../src/core/manual-clock';
import { loadOrCreateDeviceKey } from '../../../src/core/device/device-key';
import { openFileVault } from '../../../src/core/device/key-vault-file';
import { writeExportFile } from '../../../src/core/export/export-file';
import { KioskError } from '../../../src/core/kiosk-error';
import { openRecordStore } from '../../../src/core/store/record-store';
import { sampleDraft } from '../../unit/records/sample-record';

const [dir, vaultDir, operation] = process.argv.slice(2);
if (!dir || !vaultDir || !operation)
  throw new Error('usage: disk-full-child.ts DIR VAULT_DIR OPERATION');
const T0 = Date.UTC(2026, 10, 25, 1, 30);
const DAY = 86_400_000;
const clock = createManualClock(T0);
const vault = openFileVault(vaultDir);
const file = join(dir, 'kiosk.db');
const noFloors = {
  unackedRecords: { alarm: 1e9, floor: 1e9 },
  databaseBytes: { alarm: 1e12, floor: 1e12 },
  freeDiskBytes: { alarm: 0, floor: -1 },
};
const open = () =>
  openRecordStore({
    file,
    vault,
    deviceKey: loadOrCreateDeviceKey(vault),
    clock,
    limits: () => noFloors,
  });

let store = open();
const committed = [0, 1, 2, 3, 4, 5].map(
  (i) => store.appendRecord(sampleDraft(T0 + i, 3000)).recordId,
);
store.outbox.claimDue(T0, committed.length);
store.outbox.markAckedBatch(
  committed.slice(0, 3).map((recordId) => ({ recordId, atMs: T0, how: 'stored' })),
);
clock.set(T0 + 2 * DAY);
// An empty WAL: whatever the operation writes must claim new blocks from the full disk.
store.db.pragma('wal_checkpoint(TRUNCATE)');

const filler = join(dir, 'filler');
const fd = openSync(filler, 'w');
for (const size of [65_536, 4096, 512, 1]) {
  const chunk = Buffer.alloc(size, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOSPC') throw error;
  }
}
closeSync(fd);

let failure: string | null = null;
try {
  if (operation === 'capture') store.appendRecord(sampleDraft(T0 + 10, 3000));
  else if (operation === 'purge') store.purgeExpired(DAY);
  else if (operation === 'export')
    writeExportFile(
      join(dir, 'records.csv'),
      Array.from({ length: 50 }, () => 'x'.repeat(1000)),
    );
  else throw new Error(`unknown operation ${operation}`);
} catch (error) {
  if (!(error instanceof KioskError)) throw error;
  failure = error.code;
}
const partialLeft =
  existsSync(join(dir, 'records.csv.partial')) || existsSync(join(dir, 'records.csv'));
store.close();
rmSync(filler);

store = open();
const readable = committed.filter((id) =>
  store.db.prepare('SELECT 1 FROM records WHERE record_id = ?').get(id),
);
const sealed = store.db
  .prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM records WHERE sealed IS NOT NULL')
  .get()?.n;
process.stdout.write(
  `${JSON.stringify({ failure, partialLeft, committed: committed.length, kept: readable.length, sealed, log: store.verifyLog(), integrity: store.db.pragma('integrity_check', { simple: true }) })}\n`,
);
store.close();
