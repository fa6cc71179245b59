// Drain rate to the local reference collector and memory while draining.
// Usage: npx tsx bench/upload-drain.bench.ts [--records 10000] [--concurrency 4]
// Prints records/s, the kiosk's RSS peak, and whether the collector holds every id exactly once.
// (100,000 records is opt-in: --records 100000; it takes a few minutes on 2 cores.)
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openCollectorDb } from '../src/collector/collector-db';
import { systemClock } from '../src/core/clock';
import { createReferenceAdapter } from '../src/core/upload/platforms/reference/reference-adapter';
import { createUploader } from '../src/core/upload/uploader';
import { openUploadTestStore } from '../test/support/upload-store';
import { reportFigures } from './support/bench-figures';

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '4' },
  },
});
const records = Number(values.records);
const concurrency = Number(values.concurrency);
const dir = mkdtempSync(join(tmpdir(), 'drain-bench-'));
const store = openUploadTestStore();
const key = store.deviceKey;
// The collector runs in its own process, as a platform would: its fsyncs do not stall the kiosk's loop.
const collectorDb = join(dir, 'collector.db');
const keysFile = join(dir, 'keys.json');
writeFileSync(keysFile, JSON.stringify([{ publicKey: key.publicKeySpki.toString('base64') }]));
const child = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    'src/cli/main.ts',
    'collector',
    '--db',
    collectorDb,
    '--port',
    '0',
    '--keys',
    keysFile,
  ],
  {
    stdio: ['ignore', 'pipe', 'ignore'],
  },
);
const collectorUrl = await new Promise<string>((resolve, reject) => {
  let seen = '';
  child.stdout.on('data', (chunk: Buffer) => {
    seen += chunk.toString('utf8');
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(seen)?.[0];
    if (url) resolve(url);
  });
  child.once('exit', (code) => reject(new Error(`collector exited with ${code}`)));
});

// The backlog is written through the real record store (signed, sealed, one commit each).
const filling = performance.now();
const sentIds = store.appendRecords(records);
const fillSeconds = (performance.now() - filling) / 1000;
const outbox = store.outbox;

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const usage = process.memoryUsage();
  peakRss = Math.max(peakRss, usage.rss);
  peakHeap = Math.max(peakHeap, usage.heapUsed);
};
sample();
const before = process.memoryUsage();
const sampler = setInterval(sample, 100);

const uploader = createUploader({
  outbox,
  adapter: createReferenceAdapter({
    endpoint: collectorUrl,
    keyId: key.keyId,
    privateKey: key.privateKey,
    clock: systemClock,
  }),
  keyId: key.keyId,
  concurrency,
});
const started = performance.now();
const summary = await uploader.drainOnce();
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
sample();

console.log(
  JSON.stringify({
    records,
    concurrency,
    fillSeconds: Number(fillSeconds.toFixed(1)),
    stored: summary.stored,
    seconds: Number(seconds.toFixed(2)),
    recordsPerSecond: Math.round(summary.stored / seconds),
    rssMb: { before: mb(before.rss), peak: mb(peakRss) },
    heapMb: { before: mb(before.heapUsed), peak: mb(peakHeap) },
    loadAverage1m: Number(loadavg()[0]?.toFixed(1)),
    cpu: cpus()[0]?.model,
    nproc: cpus().length,
    date: new Date().toISOString(),
  }),
);
await uploader.stop();
child.kill('SIGINT');
await once(child, 'exit');
const collectorDbHandle = openCollectorDb(collectorDb);
const heldIds = collectorDbHandle.listRecords().map((record) => record.recordId);
const collectorHolds = heldIds.length;
// Exactly once: as many rows as records, and the ids the same set (no duplicate, none missing).
const held = new Set(heldIds);
const sameIds =
  held.size === collectorHolds &&
  sentIds.length === collectorHolds &&
  sentIds.every((id) => held.has(id));
console.log(JSON.stringify({ collectorHolds, sameIds }));
collectorDbHandle.close();
reportFigures([
  {
    name: 'drain-records-per-s',
    unit: 'records/s',
    target: 200,
    better: 'higher',
    measured: summary.stored / seconds,
  },
  { name: 'drain-rss-mb', unit: 'MB', target: 300, better: 'lower', measured: peakRss / 2 ** 20 },
  {
    name: 'drain-collector-holds',
    unit: 'records',
    target: records,
    better: 'higher',
    measured: collectorHolds,
  },
  {
    name: 'drain-collector-ids-exact',
    unit: 'bool',
    target: 1,
    better: 'higher',
    measured: sameIds ? 1 : 0,
  },
]);
store.close();
rmSync(dir, { recursive: true, force: true });
