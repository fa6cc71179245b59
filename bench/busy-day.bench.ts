// A day at a busy collection point: N consecutive sessions (default 1,000) through the real capture
// session, face engine process, matcher and SQLite store, in the mix of SOAK_CYCLE; halfway, the
// engine process is killed in the middle of a session. Reports RSS and open handles of the kiosk
// process before and after, p50/p95 session time and what the crash did.
// Usage: KIOSK_SHARED_DIR=/work/shared npx tsx --expose-gc bench/busy-day.bench.ts [--sessions 1000]
import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CaptureSession } from '../src/core/capture/capture-session';
import { systemClock, systemTimers } from '../src/core/clock';
import { Listeners } from '../src/shared/listeners';
import { loadOrCreateDeviceKey } from '../src/core/device/device-key';
import { initFileVault } from '../src/core/device/key-vault-file';
import { forkEngine, type EngineProcess } from '../src/core/face/engine/engine-child';
import { loadBoundCalibration } from '../src/core/face/match/calibration-binding';
import { createMatcher } from '../src/core/face/match/match-decision';
import type { ReaderEvent } from '../src/core/idcard/reader/reader-events';
import { cardSourcePort } from '../src/core/devices/card-source-port';
import { faceEnginePort } from '../src/core/devices/face-engine-port';
import { recordedModels, startFaceEngine } from '../src/core/devices/face-engine-service';
import { recordSink } from '../src/core/records/record-sink';
import { silentLogger } from '../src/core/log/logger';
import { simulationPhotoDecoder } from '../src/core/photo/simulation-codec';
import { openRecordStore } from '../src/core/store/record-store';
import { DEFAULT_CONFIG } from '../src/shared/config/config-defaults';
import type { KioskEvent } from '../src/shared/kiosk-api/events';
import { sharedDataDir } from '../test/support/shared-data';
import { machineLine, median, quantile, reportFigures } from './support/bench-figures';
import { driveSession } from './support/soak-driver';
import { CRASH_SLOT, loadSoakMaterial, SOAK_CYCLE } from './support/soak-scenarios';

const { values } = parseArgs({ options: { sessions: { type: 'string', default: '1000' } } });
const sessions = Number(values.sessions);
const dataDir = sharedDataDir();
if (!dataDir) throw new Error('busy-day needs ../shared/data: set KIOSK_SHARED_DIR');

const dir = await mkdtemp(join(tmpdir(), 'busy-day-'));
const vault = initFileVault(join(dir, 'vault'));
const store = openRecordStore({
  file: join(dir, 'kiosk.db'),
  vault,
  deviceKey: loadOrCreateDeviceKey(vault),
});
const calibration = await loadBoundCalibration('models');
const engines: EngineProcess[] = [];
const engine = await startFaceEngine({
  modelsDir: 'models',
  logger: silentLogger,
  flipEmbedding: calibration.computedOn.flipEmbedding,
  launch: (options) => {
    const child = forkEngine(options);
    engines.push(child);
    return child;
  },
});
const readerListeners = new Listeners<ReaderEvent>();
const cards = cardSourcePort(
  { on: (l) => readerListeners.add(l) },
  simulationPhotoDecoder,
  silentLogger,
);
const listeners = new Listeners<KioskEvent>();
// Walking away ends on the consent timeout; a short retry pause keeps impostor sessions short.
const timeoutsMs = { ...DEFAULT_CONFIG.capture.timeoutsMs, consent: 1_500, retry: 500 };
const session = new CaptureSession({
  cards: cards.source,
  face: faceEnginePort(engine, Math.random),
  matcher: createMatcher({ calibration, bestFrames: DEFAULT_CONFIG.capture.framesForMatch }),
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
  timers: systemTimers,
  logger: silentLogger,
  policy: { ...DEFAULT_CONFIG.capture, timeoutsMs },
  livenessLevel: DEFAULT_CONFIG.face.livenessLevel,
  emit: (event) => listeners.emit(event),
});
const material = await loadSoakMaterial(dataDir);
const rig = {
  session,
  material,
  reader: (event: ReaderEvent) => readerListeners.emit(event),
  subscribe: (l: (event: KioskEvent) => void) => listeners.add(l),
};

const snapshot = () => {
  global.gc?.();
  return {
    rssMB: process.memoryUsage().rss / 2 ** 20,
    heapMB: process.memoryUsage().heapUsed / 2 ** 20,
    fds: readdirSync('/proc/self/fd').length,
    resources: process.getActiveResourcesInfo().filter((r) => r !== 'Timeout').length,
  };
};
console.log(`machine: ${machineLine()}, gc exposed: ${Boolean(global.gc)}`);
const warmUp = Math.min(10, Math.floor(sessions / 4));
const half = Math.floor(sessions / 2);
const crashAt = Math.min(sessions - 2, half - (half % SOAK_CYCLE.length) + CRASH_SLOT);
const durations: number[] = [];
const outcomes: Record<string, number> = {};
let before = snapshot();
let crash = { during: '', engineFailures: 0, next: '' };
for (let i = 0; i < sessions; i += 1) {
  if (i === warmUp) before = snapshot();
  const kind = SOAK_CYCLE[i % SOAK_CYCLE.length] ?? 'pass';
  const pid = i === crashAt ? engines.at(-1)?.pid : undefined;
  const result = await driveSession(rig, kind, pid);
  durations.push(result.ms);
  const key = `${kind}:${result.outcome}`;
  outcomes[key] = (outcomes[key] ?? 0) + 1;
  if (i === crashAt)
    crash = { ...crash, during: result.outcome, engineFailures: result.engineFailures };
  if (i === crashAt + 1) crash = { ...crash, next: result.outcome };
  if (process.env.BENCH_PROGRESS) process.stderr.write(`${i} ${key} ${result.ms.toFixed(0)} ms\n`);
}
const after = snapshot();
session.dispose();
cards.detach();
await engine.stop();
store.close();
await rm(dir, { recursive: true, force: true });

const p95 = quantile(durations, 0.95);
console.log(`sessions: ${sessions} (warm-up ${warmUp}), outcomes: ${JSON.stringify(outcomes)}`);
console.log(
  `engine killed during session ${crashAt}: ${crash.engineFailures} attempt(s) failed engine-failed, that session ended ${crash.during}, the next ${crash.next}; engine processes started: ${engines.length}`,
);
console.log(`session time: p50 ${median(durations).toFixed(0)} ms, p95 ${p95.toFixed(0)} ms`);
console.log(
  `kiosk process before → after: RSS ${before.rssMB.toFixed(1)} → ${after.rssMB.toFixed(1)} MB, heap ${before.heapMB.toFixed(1)} → ${after.heapMB.toFixed(1)} MB, fds ${before.fds} → ${after.fds}, active handles ${before.resources} → ${after.resources}`,
);
reportFigures([
  {
    name: 'soak-rss-growth-mb',
    unit: 'MB',
    target: 20,
    better: 'lower',
    measured: after.rssMB - before.rssMB,
  },
  {
    name: 'soak-leaked-handles',
    unit: 'handles',
    target: 0,
    better: 'lower',
    measured: Math.max(0, after.fds - before.fds, after.resources - before.resources),
  },
  {
    name: 'soak-session-p50-ms',
    unit: 'ms',
    target: null,
    better: 'lower',
    measured: median(durations),
  },
  { name: 'soak-session-p95-ms', unit: 'ms', target: null, better: 'lower', measured: p95 },
  {
    name: 'soak-crash-next-passed',
    unit: 'bool',
    target: 1,
    better: 'higher',
    measured: crash.next === 'pass' ? 1 : 0,
  },
]);
