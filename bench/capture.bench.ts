// Capture flow figures. (1) Card placed → verdict for a cooperative person: the full kiosk from the
// composition root, SAM emulator child on a socat pty answering at real SAM speed (or --delay-ms),
// the demo clip at 8 fps through frame.submit, face engine process. (2) Memory over many sessions:
// the session loop in-process with the real pipeline and a real SQLite store, heap and RSS at the
// start and the end. Run: npx tsx bench/capture.bench.ts [--runs N] [--sessions N] [--delay-ms N]
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CaptureSession } from '../src/core/capture/capture-session';
import { loadOrCreateDeviceKey } from '../src/core/device/device-key';
import { initFileVault } from '../src/core/device/key-vault-file';
import { createFacePipeline } from '../src/core/face/pipeline';
import { loadBoundCalibration } from '../src/core/face/match/calibration-binding';
import { createMatcher } from '../src/core/face/match/match-decision';
import { cardSourcePort } from '../src/core/kiosk/card-source-port';
import { faceEnginePort } from '../src/core/kiosk/face-engine-port';
import { recordSink } from '../src/core/kiosk/record-sink';
import { recordedModels } from '../src/core/kiosk/face-engine-service';
import { parseCard } from '../src/core/idcard/card/parse-card';
import { encodeCardText } from '../src/core/idcard/card/encode-card-text';
import { cardProfileSchema, profileCard } from '../src/core/idcard/emulator/card-profile-schema';
import { PROFILES_DIR } from '../src/core/idcard/emulator/load-card-profile';
import type { ReaderEvent } from '../src/core/idcard/reader/reader-events';
import { silentLogger } from '../src/core/log/logger';
import { systemClock } from '../src/core/clock';
import { encodeSimulationPhoto, simulationPhotoDecoder } from '../src/core/photo/simulation-codec';
import { openRecordStore } from '../src/core/store/record-store';
import { loadDemoClip } from '../src/demo/demo-clip';
import { cardPhotoPng } from '../src/demo/demo-people';
import { startDemoRig } from '../src/demo/demo-rig';
import { parseSpeed } from '../src/core/idcard/emulator/emulator-control';
import { EventWaiter } from '../src/demo/event-waiter';
import { DEFAULT_CONFIG } from '../src/shared/config/config-defaults';
import type { KioskEvent } from '../src/shared/kiosk-api/events';
import type { Frame } from '../src/shared/kiosk-api/frame';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    sessions: { type: 'string', default: '1000' },
    'delay-ms': { type: 'string' },
  },
});
const runs = Number(values.runs);
const sessions = Number(values.sessions);
const clip = await loadDemoClip();
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
const isFinal = (e: KioskEvent) =>
  e.name === 'session.result' && (e.payload.outcome === 'pass' || e.payload.outcome === 'fail');
const isState = (state: string) => (e: KioskEvent) =>
  e.name === 'session.state' && e.payload.state === state;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function feedUntil<T>(
  submit: (frame: Frame) => unknown,
  done: Promise<T>,
  fps: number,
): Promise<T> {
  let settled = false;
  void done.then(() => (settled = true));
  for (let i = 0; !settled; i += 1) {
    await submit(clip[i % clip.length] as Frame);
    // In-process the engine needs the event loop: always yield, at least to the next timer.
    await sleep(fps > 0 ? 1000 / fps : 5);
  }
  return done;
}

/** (1) Card placed → verdict through every real part. */
async function placedToVerdict(): Promise<number[]> {
  const speed = parseSpeed(values['delay-ms'] ?? 'real') ?? { kind: 'real' as const };
  const timeoutsMs = { ...DEFAULT_CONFIG.capture.timeoutsMs, result: 2_000, done: 2_000 };
  const rig = await startDemoRig({
    holder: 'worker',
    emulatorSpeed: speed,
    logger: silentLogger,
    capture: { timeoutsMs },
  });
  const events = new EventWaiter(rig.kiosk.api);
  const api = rig.kiosk.api;
  const samples: number[] = [];
  try {
    for (let i = 0; i < runs + 1; i += 1) {
      await api['session.start']({});
      await api['session.consent']({ accepted: true, consentVersion: 'v1' });
      const face = events.next(isState('face'));
      const verdict = events.next(isFinal);
      const placed = performance.now();
      await rig.emulator.control(`place ${rig.profile}`);
      await face;
      const result = await feedUntil((frame) => api['frame.submit'](frame), verdict, 8);
      if (result.name !== 'session.result' || result.payload.outcome !== 'pass')
        throw new Error('not a pass');
      if (i > 0) samples.push(performance.now() - placed); // the first run warms the caches
      const idle = events.next(isState('idle'));
      await rig.emulator.control('remove');
      await idle;
    }
  } finally {
    events.close();
    await rig.close();
  }
  return samples.sort((a, b) => a - b);
}

/** (2) Many sessions in-process: real pipeline, real store, the reader replaced by its events. */
async function memoryOverSessions() {
  const dir = await mkdtemp(join(tmpdir(), 'kiosk-bench-'));
  const pipeline = await createFacePipeline({ modelsDir: 'models' });
  const vault = initFileVault(join(dir, 'vault'));
  const store = openRecordStore({
    file: join(dir, 'kiosk.db'),
    vault,
    deviceKey: loadOrCreateDeviceKey(vault),
  });
  const calibration = await loadBoundCalibration('models');
  const profile = cardProfileSchema.parse(
    JSON.parse(readFileSync(join(PROFILES_DIR, 'resident.json'), 'utf8')),
  );
  const text = encodeCardText(profileCard(profile));
  const photo = await encodeSimulationPhoto(await cardPhotoPng('worker'));
  const readerListeners = new Set<(event: ReaderEvent) => void>();
  const cards = cardSourcePort(
    { on: (l) => (readerListeners.add(l), () => readerListeners.delete(l)) },
    simulationPhotoDecoder,
    silentLogger,
  );
  const events = new Set<(event: KioskEvent) => void>();
  const session = new CaptureSession({
    cards: cards.source,
    face: faceEnginePort(pipeline),
    matcher: createMatcher({ calibration, bestFrames: 3 }),
    records: recordSink({
      store,
      logger: silentLogger,
      appended: () => undefined,
      context: {
        deviceId: 'bench-01',
        pointCode: 'BENCH001',
        appVersion: '0.1.0',
        models: await recordedModels('models'),
        targetFar: 0.001,
      },
    }),
    clock: systemClock,
    timers: { setTimeout, clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) },
    logger: silentLogger,
    policy: DEFAULT_CONFIG.capture,
    livenessLevel: 'medium',
    emit: (event) => {
      events.forEach((l) => l(event));
    },
  });
  const waiter = new EventWaiter({ subscribe: (l) => (events.add(l), () => events.delete(l)) });
  const reader = (event: ReaderEvent) => readerListeners.forEach((l) => l(event));
  const timings = { selectMs: 0, readMs: 0, appendedAddressMs: null, totalMs: 0 };
  const memory = () => ({
    heapMB: process.memoryUsage().heapUsed / 2 ** 20,
    rssMB: process.memoryUsage().rss / 2 ** 20,
  });
  const marks: Array<{ at: number } & ReturnType<typeof memory>> = [];
  const outcomes: Record<string, number> = {};
  for (let i = 0; i < sessions; i += 1) {
    if (i === 10 || i === sessions - 1) {
      global.gc?.();
      marks.push({ at: i, ...memory() });
    }
    // A spoof verdict locks the kiosk without a final result; the loop unlocks and goes on.
    const verdict = waiter.next((e) => isFinal(e) || isState('locked')(e));
    const consent = waiter.next(isState('consent'));
    reader({
      type: 'card-read',
      parsed: parseCard(text, new Date()),
      photo,
      fingerprint: null,
      appendedAddress: null,
      timings,
    });
    await consent;
    session.consent(true, 'v1');
    const ended = await feedUntil((frame) => session.submitFrame(frame), verdict, 0);
    const outcome = ended.name === 'session.result' ? ended.payload.reasonKey : 'locked';
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    if (process.env.BENCH_PROGRESS) process.stderr.write(`${i} ${outcome}\n`);
    if (outcome === 'locked') {
      // The operator takes over: the card is lifted and the kiosk unlocked, back to idle.
      const idleAgain = waiter.next(isState('idle'));
      reader({ type: 'card-removed' });
      await sleep(0);
      session.unlock();
      await idleAgain;
      continue;
    }
    // The worker takes the card and the screen is dismissed: no need to sit out the result timeout.
    const idle = waiter.next(isState('idle'));
    reader({ type: 'card-removed' });
    await sleep(0);
    session.cancel();
    await idle;
  }
  waiter.close();
  session.dispose();
  store.close();
  await pipeline.close();
  await rm(dir, { recursive: true, force: true });
  return { marks, outcomes };
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
process.stdout.write(
  `capture bench, ${new Date().toISOString()}, ${cpus().length} cores, ${cpu}, Node ${process.version}\n`,
);
const samples = await placedToVerdict();
process.stdout.write(
  `placed → verdict (${values['delay-ms'] ? `SAM delay ${values['delay-ms']} ms` : 'real SAM speed'}, ${samples.length} runs): median ${quantile(samples, 0.5).toFixed(0)} ms, p95 ${quantile(samples, 0.95).toFixed(0)} ms\n`,
);
const { marks, outcomes } = await memoryOverSessions();
process.stdout.write(`session outcomes: ${JSON.stringify(outcomes)}\n`);
for (const mark of marks)
  process.stdout.write(
    `after ${mark.at + 1} sessions: heap ${mark.heapMB.toFixed(1)} MB, RSS ${mark.rssMB.toFixed(1)} MB\n`,
  );
