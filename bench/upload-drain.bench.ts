// Drain rate to a platform's reference receiver and the kiosk's memory while draining.
// Usage: npx tsx bench/upload-drain.bench.ts [--records 10000] [--concurrency (upload.concurrency)]
//          [--platform reference|national-standard] [--profile DIR]
// Prints records/s, the kiosk's RSS peak, and whether the receiver holds every id exactly once.
// --profile DIR writes CPU profiles of the drain (this process) and of the receiver into DIR.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createUploader } from '../src/core/upload/uploader';
import { DEFAULT_CONFIG } from '../src/shared/config/config-defaults';
import { PLATFORM_NAMES, type PlatformName } from '../src/shared/config/upload-platform-schema';
import { configuredPlatform } from '../test/support/platform-peers';
import { openUploadTestStore } from '../test/support/upload-store';
import { reportFigures } from './support/bench-figures';
import { seedBacklog } from './support/drain-backlog';
import { startDrainReceiver } from './support/drain-receiver';

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: String(DEFAULT_CONFIG.upload.concurrency) },
    platform: { type: 'string', default: 'reference' },
    profile: { type: 'string' },
  },
});
const records = Number(values.records);
const concurrency = Number(values.concurrency);
const platform = values.platform as PlatformName;
if (!PLATFORM_NAMES.includes(platform)) throw new Error(`--platform: one of ${PLATFORM_NAMES}`);
const figurePrefix = platform === 'reference' ? 'drain' : `drain-${platform}`;
const dir = mkdtempSync(join(tmpdir(), 'drain-bench-'));
const store = openUploadTestStore();
const receiver = await startDrainReceiver({
  platform,
  store,
  dir,
  ...(values.profile ? { profileDir: values.profile } : {}),
});

const filling = performance.now();
const sentIds = await seedBacklog(store, records);
const fillSeconds = (performance.now() - filling) / 1000;

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

const { adapter, keyId } = configuredPlatform(platform, store, receiver.url);
const uploader = createUploader({ outbox: store.outbox, adapter, keyId, concurrency });
const profiler = values.profile ? new Session() : undefined;
profiler?.connect();
await profiler?.post('Profiler.enable');
await profiler?.post('Profiler.start');
const receiverCpuBefore = receiver.cpuSeconds();
const cpuBefore = process.cpuUsage();
const started = performance.now();
const summary = await uploader.drainOnce();
const seconds = (performance.now() - started) / 1000;
const { user, system } = process.cpuUsage(cpuBefore);
// CPU per record tells a change's effect apart from the load of whatever else shares the machine.
const cpuMsPerRecord = {
  kiosk: Number(((user + system) / 1000 / records).toFixed(2)),
  receiver: Number((((receiver.cpuSeconds() - receiverCpuBefore) * 1000) / records).toFixed(2)),
};
clearInterval(sampler);
sample();
if (profiler && values.profile) {
  const { profile } = await profiler.post('Profiler.stop');
  writeFileSync(
    join(values.profile, `kiosk-drain-${process.pid}.cpuprofile`),
    JSON.stringify(profile),
  );
}

console.log(
  JSON.stringify({
    platform,
    records,
    concurrency,
    fillSeconds: Number(fillSeconds.toFixed(1)),
    stored: summary.stored,
    seconds: Number(seconds.toFixed(2)),
    recordsPerSecond: Math.round(summary.stored / seconds),
    cpuMsPerRecord,
    rssMb: { before: mb(before.rss), peak: mb(peakRss) },
    heapMb: { before: mb(before.heapUsed), peak: mb(peakHeap) },
    loadAverage1m: Number(loadavg()[0]?.toFixed(1)),
    cpu: cpus()[0]?.model,
    nproc: cpus().length,
    date: new Date().toISOString(),
  }),
);
await uploader.stop();
const heldIds = await receiver.stop();
// Exactly once: as many rows as records, and the ids the same set (no duplicate, none missing).
const held = new Set(heldIds);
const sameIds =
  held.size === heldIds.length &&
  sentIds.length === heldIds.length &&
  sentIds.every((id) => held.has(id));
console.log(JSON.stringify({ collectorHolds: heldIds.length, sameIds }));
reportFigures([
  {
    name: `${figurePrefix}-records-per-s`,
    unit: 'records/s',
    target: 200,
    better: 'higher',
    measured: summary.stored / seconds,
  },
  {
    name: `${figurePrefix}-rss-mb`,
    unit: 'MB',
    target: 300,
    better: 'lower',
    measured: peakRss / 2 ** 20,
  },
  {
    name: `${figurePrefix}-ids-exact`,
    unit: 'bool',
    target: 1,
    better: 'higher',
    measured: sameIds ? 1 : 0,
  },
]);
store.close();
rmSync(dir, { recursive: true, force: true });
