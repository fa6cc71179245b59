// Retention and export at a busy point's scale: how long a purge of N acknowledged records takes
// and how much disk it gives back (incremental vacuum), and how long the masked records export of
// the same records takes before the purge. Figures in docs/performance.md ("Retention and export").
// Usage: npx tsx bench/retention.bench.ts [--records 1000] [--photo-kb 30]
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createManualClock } from '../src/core/manual-clock';
import { loadOrCreateDeviceKey } from '../src/core/device/device-key';
import { initFileVault } from '../src/core/device/key-vault-file';
import { recordsCsvLines } from '../src/core/export/records-csv';
import { createDataKeyRing } from '../src/core/store/data-keys';
import { openRecordStore } from '../src/core/store/record-store';
import { sampleDraft } from '../test/unit/records/sample-record';
import { machineLine, reportFigures } from './support/bench-figures';

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '1000' },
    'photo-kb': { type: 'string', default: '30' },
  },
});
const records = Number(values.records);
const photoBytes = Number(values['photo-kb']) * 1024;
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1);
const MB = 1024 * 1024;

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

const dir = mkdtempSync(join(tmpdir(), 'retention-bench-'));
try {
  const vault = initFileVault(join(dir, 'vault'));
  const file = join(dir, 'kiosk.db');
  const clock = createManualClock(T0);
  const store = openRecordStore({
    file,
    vault,
    deviceKey: loadOrCreateDeviceKey(vault),
    clock,
  });
  const ids = Array.from(
    { length: records },
    (_, i) => store.appendRecord(sampleDraft(T0 + i, photoBytes)).recordId,
  );
  store.outbox.claimDue(T0 + records, records);
  store.outbox.markAckedBatch(
    ids.map((recordId) => ({ recordId, atMs: T0 + records, how: 'stored' })),
  );
  store.db.pragma('wal_checkpoint(TRUNCATE)');

  let start = process.hrtime.bigint();
  let rows = 0;
  for (const _line of recordsCsvLines(
    store.db,
    createDataKeyRing(store.db, vault),
    { fromMs: T0, toMs: T0 + DAY },
    'masked',
  ))
    rows += 1;
  const exportSeconds = seconds(start);

  const before = statSync(file).size;
  clock.set(T0 + 2 * DAY);
  start = process.hrtime.bigint();
  const report = store.purgeExpired(DAY);
  const purgeSeconds = seconds(start);
  const after = statSync(file).size;
  const verified = store.verifyLog();
  store.close();

  console.log(`machine: ${machineLine()}`);
  console.log(`records: ${records}, photos: 2 x ${photoBytes / 1024} KB, tmp dir: ${tmpdir()}`);
  console.log(`export (masked CSV): ${rows - 1} rows in ${exportSeconds.toFixed(2)} s`);
  console.log(
    `purge: ${report.purged} records in ${purgeSeconds.toFixed(2)} s; file ${(before / MB).toFixed(1)} MB -> ${(after / MB).toFixed(1)} MB (reclaimed ${(report.reclaimedBytes / MB).toFixed(1)} MB); verify-log ok: ${verified.ok}`,
  );
  reportFigures([
    {
      name: 'purge, records per second',
      unit: 'records/s',
      target: null,
      better: 'higher',
      measured: report.purged / purgeSeconds,
    },
    {
      name: 'purge, share of the file given back',
      unit: '%',
      target: null,
      better: 'higher',
      measured: (100 * (before - after)) / before,
    },
    {
      name: 'masked export, rows per second',
      unit: 'rows/s',
      target: null,
      better: 'higher',
      measured: (rows - 1) / exportSeconds,
    },
  ]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
