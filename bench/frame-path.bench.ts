// The camera frame's path from the kiosk process to an answer: each frame of the demo clip (real
// live video, 640x480 JPEG as the renderer sends it) handed to the face engine port as the capture
// session hands it, through the real engine process, one at a time. Measures the end-to-end latency
// (frame submitted -> assessment back) and the kiosk process's own CPU per frame (process.cpuUsage:
// every thread of this process, sharp's included; the engine process is not counted).
// Usage: npx tsx bench/frame-path.bench.ts [--runs 135] [--format jpeg|rgba]
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { faceEnginePort } from '../src/core/devices/face-engine-port';
import { startFaceEngine } from '../src/core/devices/face-engine-service';
import { loadBoundCalibration } from '../src/core/face/match/calibration-binding';
import { silentLogger } from '../src/core/log/logger';
import { loadDemoClip } from '../src/demo/demo-clip';
import type { Frame } from '../src/shared/kiosk-api/frame';
import { machineLine, quantile } from './support/bench-figures';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '135' },
    format: { type: 'string', default: 'jpeg' },
  },
});
const runs = Number(values.runs);
const format = values.format;
if (!(runs > 0) || (format !== 'jpeg' && format !== 'rgba'))
  throw new Error('Usage: npm run bench:frames -- [--runs N] [--format jpeg|rgba]');

const toRgba = async (frame: Frame): Promise<Frame> => {
  const { data, info } = await sharp(frame.data)
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, format: 'rgba', data: new Uint8Array(data) };
};

const clip = await loadDemoClip();
const frames = format === 'jpeg' ? clip : await Promise.all(clip.map(toRgba));
const modelsDir = resolve(import.meta.dirname, '../models');
const calibration = await loadBoundCalibration(modelsDir);
const engine = await startFaceEngine({
  modelsDir,
  logger: silentLogger,
  flipEmbedding: calibration.computedOn.flipEmbedding,
});
const attempt = faceEnginePort(engine, Math.random).beginAttempt({ livenessLevel: 'medium' });
const frameAt = (i: number) => frames[i % frames.length] as Frame;

const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

console.log(`frame-path: ${runs} ${format} frames 640x480 (demo clip), ${machineLine()}`);
for (let i = 0; i < 10; i += 1) await attempt.analyze(frameAt(i));

const latencies: number[] = [];
const cpuBefore = process.cpuUsage();
const wallBefore = performance.now();
for (let i = 0; i < runs; i += 1) {
  const started = performance.now();
  await attempt.analyze(frameAt(i));
  latencies.push(performance.now() - started);
}
const wallMs = performance.now() - wallBefore;
const cpu = process.cpuUsage(cpuBefore);
await engine.stop();

const cpuPerFrameMs = (cpu.user + cpu.system) / 1000 / runs;
console.log(
  `latency (submitted -> answer)  p50 ${quantile(latencies, 0.5).toFixed(1)} ms, p95 ${quantile(latencies, 0.95).toFixed(1)} ms`,
);
console.log(
  `kiosk-process CPU per frame    ${cpuPerFrameMs.toFixed(2)} ms (user ${(cpu.user / 1000 / runs).toFixed(2)}, system ${(cpu.system / 1000 / runs).toFixed(2)})`,
);
console.log(`frames per second, one at a time  ${((runs * 1000) / wallMs).toFixed(1)}`);
console.log(`load average at the end ${load()}`);
