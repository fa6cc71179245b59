// What the browser host and the capture session cost per camera frame, without the face engine:
// a frame sent as a binary WebSocket message, validated against the contract, handed to the API
// and answered; and a frame through the session machinery (gate, best frames, guidance) with an
// engine that answers at once. Usage: npx tsx bench/browser-host.bench.ts [--runs 500]
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import { CaptureSession } from '../src/core/capture/capture-session';
import type { CardSourceEvent } from '../src/core/capture/ports';
import { silentLogger } from '../src/core/log/logger';
import { systemClock, systemTimers } from '../src/core/clock';
import { startBrowserHost } from '../src/host/browser-host';
import { DEFAULT_CONFIG } from '../src/shared/config/config-defaults';
import { KIOSK_COMMANDS } from '../src/shared/kiosk-api/commands';
import type { KioskService } from '../src/shared/kiosk-api/kiosk-api';
import { residentCard } from '../test/unit/capture/sample-card';
import { encodeFrameMessage, type FrameMessageHeader } from '../src/shared/kiosk-api/wire';
import { machineLine, quantile } from './support/bench-figures';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '500' } } });
const runs = Number(values.runs);

function summary(samples: readonly number[]) {
  const median = quantile(samples, 0.5);
  const p95 = quantile(samples, 0.95);
  return `median ${median.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms, ${(1000 / median).toFixed(0)} frames/s`;
}

async function hostRoundTrip(label: string, header: Omit<FrameMessageHeader, 'id'>, bytes: number) {
  const answer = async () => ({ ok: true, value: { disposition: 'analyzing' } });
  const api = {
    ...Object.fromEntries(Object.keys(KIOSK_COMMANDS).map((name) => [name, answer])),
    subscribe: () => () => undefined,
    authorize: () => true,
  } as unknown as KioskService;
  // Back-to-back frames would hit the connection's flood limit: what is measured is the path.
  const unlimited = { perSecond: Number.MAX_SAFE_INTEGER, burst: Number.MAX_SAFE_INTEGER };
  const host = await startBrowserHost({ api, staticDir: null, commandRate: unlimited });
  const ws = new WebSocket(`${host.origin.replace('http', 'ws')}/api`, { origin: host.origin });
  await new Promise((resolve) => ws.once('open', resolve));
  let wake: () => void = () => undefined;
  ws.on('message', () => wake());
  const next = () => new Promise<void>((resolve) => (wake = resolve));
  const welcomed = next();
  ws.send(JSON.stringify({ type: 'hello', token: new URL(host.url).hash.slice(7) }));
  await welcomed;
  const data = new Uint8Array(bytes).fill(0x80);
  const samples: number[] = [];
  for (let id = 0; id < runs; id += 1) {
    const answered = next();
    const start = performance.now();
    ws.send(encodeFrameMessage({ id, ...header }, data));
    await answered;
    samples.push(performance.now() - start);
  }
  ws.close();
  await host.close();
  console.log(`host round trip, ${label}: ${summary(samples)}`);
}

async function sessionPerFrame() {
  let reader: (event: CardSourceEvent) => void = () => undefined;
  let analysed = 0;
  const session = new CaptureSession({
    cards: { on: (listener) => ((reader = listener), () => undefined) },
    face: {
      enroll: async () => new Float32Array(512),
      beginAttempt: () => ({
        analyze: async () => (
          analysed++,
          {
            face: { quality: 0.3, embedding: new Float32Array(512) },
            instruction: 'come-closer',
            liveness: { kind: 'undecided' },
            faceChanged: false,
          }
        ),
      }),
    },
    matcher: {
      match: () => ({ outcome: 'match', score: 1, threshold: 0, operatingPoint: 'far-1e-4' }),
    },
    records: {
      append: async () => ({ ok: true, value: { recordId: 'r' } }),
      canAccept: () => true,
    },
    clock: systemClock,
    timers: systemTimers,
    logger: silentLogger,
    policy: {
      ...DEFAULT_CONFIG.capture,
      timeoutsMs: { ...DEFAULT_CONFIG.capture.timeoutsMs, face: 300_000 },
    },
    livenessLevel: 'medium',
    emit: () => undefined,
  });
  const frame = {
    width: 320,
    height: 240,
    format: 'rgba' as const,
    data: new Uint8Array(320 * 240 * 4),
  };
  reader({ type: 'card-read', card: residentCard() });
  session.consent(true, DEFAULT_CONFIG.capture.consentVersion);
  const samples: number[] = [];
  for (let i = 0; i < runs * 10; i += 1) {
    const start = performance.now();
    session.submitFrame(frame);
    await new Promise((resolve) => setImmediate(resolve));
    samples.push(performance.now() - start);
  }
  const state = session.state.state;
  session.dispose();
  console.log(
    `session per frame (${analysed} analysed, in ${state}), instant engine: ${summary(samples)}`,
  );
}

console.log(`${machineLine()}, ${runs} runs`);
await hostRoundTrip('JPEG 640x480 (40 KB)', { width: 640, height: 480, format: 'jpeg' }, 40_000);
await hostRoundTrip(
  'RGBA 320x240 (300 KB)',
  { width: 320, height: 240, format: 'rgba' },
  320 * 240 * 4,
);
await hostRoundTrip(
  'RGBA 640x480 (1.2 MB)',
  { width: 640, height: 480, format: 'rgba' },
  640 * 480 * 4,
);
await sessionPerFrame();
