// Card placed → verdict for a cooperative person, side by side with the card read alone (placed →
// card read and its photo decoded, the session entering the face step): the full kiosk from the
// composition root, SAM emulator child on a socat pty answering at real SAM speed (or --delay-ms),
// the demo clip at 8 fps through frame.submit, face engine process. Memory over many sessions is
// bench/busy-day.bench.ts.
// Run: npx tsx bench/capture.bench.ts [--runs N] [--delay-ms N] [--frames-from card|face]
import { parseArgs } from 'node:util';
import { silentLogger } from '../src/core/log/logger';
import { loadDemoClip } from '../src/demo/demo-clip';
import { startDemoRig } from '../src/demo/demo-rig';
import { parseSpeed } from '../src/core/idcard/emulator/emulator-control';
import { EventWaiter } from '../src/demo/event-waiter';
import { DEFAULT_CONFIG } from '../src/shared/config/config-defaults';
import { isFinalResult, isState } from '../test/support/session-events';
import type { Frame } from '../src/shared/kiosk-api/frame';
import { CAMERA_FPS } from '../src/shared/kiosk-api/frame-rate';
import { machineLine, quantile, reportFigures } from './support/bench-figures';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    'delay-ms': { type: 'string' },
    'frames-from': { type: 'string', default: 'card' },
  },
});
const runs = Number(values.runs);
const clip = await loadDemoClip();
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
async function placedToVerdict(): Promise<{ verdict: number[]; cardRead: number[] }> {
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
  const cardRead: number[] = [];
  try {
    for (let i = 0; i < runs + 1; i += 1) {
      await api['session.start']({});
      await api['session.consent']({ accepted: true, consentVersion: 'v1' });
      const faceAt = events.next(isState('face')).then(() => performance.now());
      const verdict = events.next(isFinalResult);
      const verdictAt = verdict.then(() => performance.now());
      const submit = (frame: Frame) => api['frame.submit'](frame);
      // The renderer's pump runs from the card step on; `--frames-from face` sends
      // frames only once the card was read, as the screens did before capture was pipelined.
      const fromCard = values['frames-from'] === 'card';
      const feeding = fromCard ? feedUntil(submit, verdict, CAMERA_FPS) : null;
      const placed = performance.now();
      await rig.emulator.control(`place ${rig.profile}`);
      const readMs = (await faceAt) - placed;
      const result = await (feeding ?? feedUntil(submit, verdict, CAMERA_FPS));
      if (result.name !== 'session.result' || result.payload.outcome !== 'pass')
        throw new Error('not a pass');
      // The first run warms the caches.
      if (i > 0) {
        samples.push((await verdictAt) - placed);
        cardRead.push(readMs);
      }
      const idle = events.next(isState('idle'));
      await rig.emulator.control('remove');
      await idle;
    }
  } finally {
    events.close();
    await rig.close();
  }
  return { verdict: samples.sort((a, b) => a - b), cardRead: cardRead.sort((a, b) => a - b) };
}

process.stdout.write(`capture bench, ${machineLine()}\n`);
const { verdict, cardRead } = await placedToVerdict();
const speed = values['delay-ms'] ? `SAM delay ${values['delay-ms']} ms` : 'real SAM speed';
const line = (what: string, xs: number[]) =>
  `${what} (${speed}, ${xs.length} runs): median ${quantile(xs, 0.5).toFixed(0)} ms, p95 ${quantile(xs, 0.95).toFixed(0)} ms\n`;
process.stdout.write(`frames sent from the ${values['frames-from']} step on\n`);
process.stdout.write(line('placed → card read alone', cardRead));
process.stdout.write(line('placed → verdict', verdict));
const ratio = quantile(verdict, 0.5) / quantile(cardRead, 0.5);
process.stdout.write(`ratio of the medians: ${ratio.toFixed(2)}\n`);
reportFigures([
  {
    name: 'card-to-verdict-ratio',
    unit: 'x card read',
    target: 1.15,
    better: 'lower',
    measured: ratio,
  },
  {
    name: 'card-to-verdict-ms',
    unit: 'ms',
    target: null,
    better: 'lower',
    measured: quantile(verdict, 0.5),
  },
  {
    name: 'card-read-alone-ms',
    unit: 'ms',
    target: null,
    better: 'lower',
    measured: quantile(cardRead, 0.5),
  },
]);
