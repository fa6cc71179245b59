// Per-frame cost of the face engine at 640x480: `analyze` end to end (in process, and through the
// engine process), against the sum of the pure model runs measured inside the same calls (the
// floor for these models). Frames: the fake-camera clip of ../shared/data/camera.
// Usage: npx tsx bench/face-analyze.bench.ts [--runs 200] [--threads 2]
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { rgbFrame } from '../src/core/face/engine/engine-frame';
import { FaceEngineClient } from '../src/core/face/engine/face-engine-client';
import type { StageTimings } from '../src/core/face/frame-analysis';
import { createFacePipeline } from '../src/core/face/pipeline';
import { readY4mFrames } from '../src/core/face/eval/y4m-reader';
import { sharedDataDir } from '../test/support/shared-data';
import { machineLine, quantile } from './support/bench-figures';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '200' }, threads: { type: 'string', default: '2' } },
});
const runs = Number(values.runs);
const threads = Number(values.threads);
const data = sharedDataDir();
if (!data)
  throw new Error('bench:face needs ../shared/data (or KIOSK_SHARED_DIR) for the camera clip');
const modelsDir = resolve(import.meta.dirname, '../models');
const frames = readY4mFrames(
  join(data, 'camera/person-london_104.y4m'),
  Array.from({ length: 45 }, (_, i) => i),
);

const fmt = (samples: readonly number[]) =>
  `p50 ${quantile(samples, 0.5).toFixed(1)} ms, p95 ${quantile(samples, 0.95).toFixed(1)} ms`;
const load = () => loadavg()[0]?.toFixed(1) ?? '?';

console.log(
  `face-analyze: ${runs} frames 640x480, ${threads} onnxruntime threads, ${machineLine()}`,
);

const pipeline = await createFacePipeline({ modelsDir, threads });
const timings: StageTimings[] = [];
// CPU time (all threads) per frame: unlike wall time it hardly moves when other jobs share the
// cores, so it tells what a frame costs when the machine is busy with something else.
const cpuMs: number[] = [];
for (let i = 0; i < runs; i += 1) {
  const cpuBefore = process.cpuUsage();
  const analysis = await pipeline.analyze(frames[i % frames.length] as (typeof frames)[number]);
  const cpu = process.cpuUsage(cpuBefore);
  cpuMs.push((cpu.user + cpu.system) / 1000);
  if (!analysis.chosen) throw new Error(`no face in frame ${i % frames.length}`);
  timings.push(analysis.timings);
}
await pipeline.close();
const stage = (key: keyof StageTimings) => timings.map((t) => t[key]);
const total = stage('totalMs');
const models = stage('modelsMs');
console.log(`analyze in process   ${fmt(total)}`);
console.log(`models only (sum)    ${fmt(models)}`);
console.log(`CPU time per frame   ${fmt(cpuMs)} (user + system, all threads)`);
console.log(
  `analyze / models     p50 ratio ${(quantile(total, 0.5) / quantile(models, 0.5)).toFixed(2)}`,
);
for (const key of [
  'detectMs',
  'landmarksMs',
  'embeddingMs',
  'livenessMs',
  'poseMs',
  'eyesMs',
] as const) {
  console.log(`  ${key.padEnd(12)} p50 ${quantile(stage(key), 0.5).toFixed(2)} ms`);
}

const client = await FaceEngineClient.start({ modelsDir, threads });
const roundTrips: number[] = [];
for (let i = 0; i < Math.min(runs, 100); i += 1) {
  const started = performance.now();
  await client.analyze(rgbFrame(frames[i % frames.length] as (typeof frames)[number]));
  roundTrips.push(performance.now() - started);
}
await client.stop();
console.log(`analyze via process  ${fmt(roundTrips)} (includes the 921,600-byte frame transfer)`);
console.log(`load average ${load()} at the end`);
