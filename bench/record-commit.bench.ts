// Record commits per second with two ~30 KB photos (signed, sealed, synchronous=FULL), one
// transaction per record and with group commit; synchronous=NORMAL for comparison only (the store
// never runs that way); the CPU part alone; database bytes per record.
// Usage: npx tsx bench/record-commit.bench.ts [--records 200] [--runs 5] [--photo-kb 30]
// Crash soak (more SIGKILL cycles than CI): KIOSK_CRASH_CYCLES=300 npx vitest run test/integration/store/crash.test.ts
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadOrCreateDeviceKey } from '../src/core/device/device-key';
import { initFileVault } from '../src/core/device/key-vault-file';
import { envelopeHash, signEnvelope } from '../src/core/records/envelope';
import { splitPersonal } from '../src/core/records/personal-data';
import { sealPersonal } from '../src/core/records/record-seal';
import type { RecordDraft } from '../src/core/records/record-schema';
import { openRecordStore, type RecordStore } from '../src/core/store/record-store';
import { sampleDraft } from '../test/unit/records/sample-record';
import { machineLine, median, reportFigures } from './support/bench-figures';

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

/** How the run commits: what each gives is in docs/performance.md ("Record commits"). */
type Mode = 'single' | 'group' | 'normal-single';

const commitAll: Record<Mode, (store: RecordStore, drafts: RecordDraft[]) => Promise<unknown>> = {
  single: async (store, drafts) => drafts.map((draft) => store.appendRecord(draft)),
  // Every session's append requested at once, as a burst of sessions would: the committer groups them.
  group: (store, drafts) => Promise.all(drafts.map((draft) => store.commitRecord(draft))),
  'normal-single': async (store, drafts) => {
    store.db.pragma('synchronous = NORMAL');
    return drafts.map((draft) => store.appendRecord(draft));
  },
};

async function run(mode: Mode) {
  const dir = mkdtempSync(join(tmpdir(), 'record-bench-'));
  try {
    const vault = initFileVault(join(dir, 'vault'));
    const file = join(dir, 'kiosk.db');
    const store = openRecordStore({ file, vault, deviceKey: loadOrCreateDeviceKey(vault) });
    const drafts = Array.from({ length: records }, (_, i) =>
      sampleDraft(Date.now() + i, photoBytes),
    );
    const emptyBytes = statSync(file).size;
    const start = process.hrtime.bigint();
    await commitAll[mode](store, drafts);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    store.close();
    return {
      perSecond: records / seconds,
      bytesPerRecord: (statSync(file).size - emptyBytes) / records,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function cryptoOnlyPerSecond(): number {
  const dir = mkdtempSync(join(tmpdir(), 'record-bench-'));
  try {
    const deviceKey = loadOrCreateDeviceKey(initFileVault(join(dir, 'vault')));
    const drafts = Array.from({ length: records }, (_, i) =>
      sampleDraft(Date.now() + i, photoBytes),
    );
    const key = randomBytes(32);
    const start = process.hrtime.bigint();
    for (const draft of drafts) {
      const envelope = signEnvelope({ ...draft, previousRecordHash: null }, deviceKey);
      envelopeHash(envelope);
      sealPersonal(splitPersonal(envelope.record).personal, key, draft.recordId);
    }
    return records / (Number(process.hrtime.bigint() - start) / 1e9);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`machine: ${machineLine()}`);
console.log(
  `records per run: ${records}, photos: 2 x ${photoBytes / 1024} KB, runs: ${runs}, tmp dir: ${tmpdir()}`,
);
const rates: Record<Mode, number[]> = { single: [], group: [], 'normal-single': [] };
let bytes: number[] = [];
// Interleaved, so a burst of load from other processes hits every mode alike.
for (let i = 0; i < runs; i += 1) {
  for (const mode of Object.keys(rates) as Mode[]) {
    const result = await run(mode);
    rates[mode].push(result.perSecond);
    if (mode === 'single') bytes = [...bytes, result.bytesPerRecord];
  }
}
for (const mode of Object.keys(rates) as Mode[]) {
  const list = rates[mode].map((r) => r.toFixed(0)).join(', ');
  console.log(
    `commits/s ${mode.padEnd(14)} median ${median(rates[mode]).toFixed(1)}  (runs: ${list})`,
  );
}
console.log(`sign+hash+seal only/s:   ${cryptoOnlyPerSecond().toFixed(1)}`);
console.log(`database bytes per record: ${median(bytes).toFixed(0)}`);
reportFigures([
  {
    name: 'commits-per-s',
    unit: 'records/s',
    target: 200,
    better: 'higher',
    measured: median(rates.group),
  },
  {
    name: 'commits-per-s-single',
    unit: 'records/s',
    target: null,
    better: 'higher',
    measured: median(rates.single),
  },
]);
