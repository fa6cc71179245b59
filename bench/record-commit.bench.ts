// Record commits per second with two ~30 KB photos (signed, sealed, synchronous=FULL), the
// CPU part of it alone, and database bytes per record.
// Usage: npx tsx bench/record-commit.bench.ts [--records 200] [--runs 5] [--photo-kb 30]
// Crash soak (more SIGKILL cycles than CI): KIOSK_CRASH_CYCLES=300 npx vitest run test/integration/store/crash.test.ts
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadOrCreateDeviceKey } from '../src/core/device/device-key';
import { initFileVault } from '../src/core/device/key-vault-file';
import { envelopeHash, signEnvelope } from '../src/core/records/envelope';
import { splitPersonal } from '../src/core/records/personal-data';
import { sealPersonal } from '../src/core/records/record-seal';
import { openRecordStore } from '../src/core/store/record-store';
import { sampleDraft } from '../test/unit/records/sample-record';

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '200' },
    runs: { type: 'string', default: '5' },
    'photo-kb': { type: 'string', default: '30' },
  },
});
const records = Number(values.records);
const runs = Number(values.runs);
const photoBytes = Number(values['photo-kb']) * 1024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function run(): {
  commitsPerSecond: number;
  cpuOnlyPerSecond: number;
  bytesPerRecord: number;
  sealedBytes: number;
} {
  const dir = mkdtempSync(join(tmpdir(), 'record-bench-'));
  try {
    const vault = initFileVault(join(dir, 'vault'));
    const deviceKey = loadOrCreateDeviceKey(vault);
    const file = join(dir, 'kiosk.db');
    const store = openRecordStore({ file, vault, deviceKey });
    const drafts = Array.from({ length: records }, (_, i) =>
      sampleDraft(Date.now() + i, photoBytes),
    );
    const emptyBytes = statSync(file).size;

    const cpuStart = process.hrtime.bigint();
    const key = randomBytes(32);
    for (const draft of drafts) {
      const envelope = signEnvelope({ ...draft, previousRecordHash: null }, deviceKey);
      envelopeHash(envelope);
      sealPersonal(splitPersonal(envelope.record).personal, key, draft.recordId);
    }
    const cpuSeconds = Number(process.hrtime.bigint() - cpuStart) / 1e9;

    const start = process.hrtime.bigint();
    let sealedBytes = 0;
    for (const draft of drafts) sealedBytes += store.appendRecord(draft).sealedBytes;
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    store.close();
    return {
      commitsPerSecond: records / seconds,
      cpuOnlyPerSecond: records / cpuSeconds,
      bytesPerRecord: (statSync(file).size - emptyBytes) / records,
      sealedBytes: sealedBytes / records,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const results = Array.from({ length: runs }, run);
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `machine: ${cpus().length} cores, ${cpu}, load ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}, ${new Date().toISOString()}`,
);
console.log(
  `records per run: ${records}, photos: 2 x ${photoBytes / 1024} KB, runs: ${runs}, tmp dir: ${tmpdir()}`,
);
console.log(
  `commits/s (median):          ${median(results.map((r) => r.commitsPerSecond)).toFixed(1)}  (runs: ${results.map((r) => r.commitsPerSecond.toFixed(0)).join(', ')})`,
);
console.log(
  `sign+hash+seal only/s (med): ${median(results.map((r) => r.cpuOnlyPerSecond)).toFixed(1)}`,
);
console.log(
  `database bytes per record:   ${median(results.map((r) => r.bytesPerRecord)).toFixed(0)}`,
);
console.log(`sealed payload bytes/record: ${median(results.map((r) => r.sealedBytes)).toFixed(0)}`);
