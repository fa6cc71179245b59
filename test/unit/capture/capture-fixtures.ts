// In-memory stand-ins for the session's ports: a reader that emits what the test says, a face
// engine whose verdicts the test scripts, a recording sink. Everything above them is the real code.
import { vi } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/shared/config/config-defaults';
import type { CapturePolicy } from '../../../src/shared/config/capture-policy-schema';
import type { KioskEvent } from '../../../src/shared/kiosk-api/events';
import type { Frame } from '../../../src/shared/kiosk-api/frame';
import type { Problem } from '../../../src/shared/problem';
import { ok, type Result } from '../../../src/shared/result';
import { Listeners } from '../../../src/shared/listeners';
import { CaptureSession } from '../../../src/core/capture/capture-session';
import type {
  CaptureDraft,
  CardSourceEvent,
  FrameAssessment,
} from '../../../src/core/capture/ports';
import { residentCard } from './sample-card';
import { createMemoryLogger } from '../../../src/core/log/logger';
import { systemClock, systemTimers } from '../../../src/core/clock';
import type { MatchDecision } from '../../../src/core/face/match/match-decision';

/** A small RGBA frame; `marker` lets a scripted engine tell frames apart. */
export function frame(marker = 0): Frame {
  const data = new Uint8Array(16 * 16 * 4);
  data[0] = marker;
  return { width: 16, height: 16, format: 'rgba', data };
}

/** A good live face of the given quality. */
export function liveFace(quality = 0.9): FrameAssessment {
  return {
    face: { quality, embedding: new Float32Array([1, 0, 0]) },
    instruction: null,
    liveness: { kind: 'live', score: 0.97, threshold: 0.5 },
    faceChanged: false,
  };
}

/** A test policy: the defaults with small numbers and operator verification as given. */
export function testPolicy(overrides: Partial<CapturePolicy> = {}): CapturePolicy {
  return { ...DEFAULT_CONFIG.capture, framesForMatch: 2, guidanceDebounceMs: 500, ...overrides };
}

/** Everything a session test drives and inspects. */
export function createHarness(policy = testPolicy()) {
  const listeners = new Listeners<CardSourceEvent>();
  const events: KioskEvent[] = [];
  const eventListeners = new Listeners<KioskEvent>();
  const subscribe = (listener: (event: KioskEvent) => void) => eventListeners.add(listener);
  const drafts: CaptureDraft[] = [];
  const logger = createMemoryLogger();
  const engine = {
    assess: (_frame: Frame): FrameAssessment | Promise<FrameAssessment> => liveFace(),
    enroll: vi.fn(async () => new Float32Array([1, 0, 0])),
    attempts: 0,
  };
  const matcher = {
    decide: (): MatchDecision => ({
      outcome: 'match',
      score: 0.8,
      threshold: 0.4,
      operatingPoint: 'far-1e-4',
    }),
  };
  const sink: {
    result: Result<{ recordId: string }, Problem>;
    gate: Promise<void>;
    accepting: boolean;
  } = {
    result: ok({ recordId: 'rec-1' }),
    gate: Promise.resolve(),
    accepting: true,
  };
  async function record(draft: CaptureDraft) {
    drafts.push(draft);
    await sink.gate;
    return sink.result;
  }
  const session = new CaptureSession({
    cards: { on: (listener) => listeners.add(listener) },
    face: {
      enroll: engine.enroll,
      beginAttempt: () => {
        engine.attempts += 1;
        return { analyze: async (f) => engine.assess(f) };
      },
    },
    matcher: { match: () => matcher.decide() },
    records: { append: (draft) => record(draft), canAccept: () => sink.accepting },
    clock: systemClock,
    timers: systemTimers,
    logger,
    policy,
    livenessLevel: 'medium',
    emit: (event) => {
      events.push(event);
      eventListeners.emit(event);
    },
  });
  const card = (event: CardSourceEvent) => listeners.emit(event);
  const states = () => events.filter((e) => e.name === 'session.state').map((e) => e.payload.state);
  const results = () => events.flatMap((e) => (e.name === 'session.result' ? [e.payload] : []));
  return {
    session,
    card,
    events,
    subscribe,
    drafts,
    logger,
    engine,
    matcher,
    sink,
    listeners,
    states,
    results,
  };
}

/** Lets pending promise callbacks (engine answers, record saves) run without moving the clock. */
export const settle = () => vi.advanceTimersByTimeAsync(0);

/** Starts a session the usual way: card placed and read, consent given; ends in the face step. */
export async function toFace(h: ReturnType<typeof createHarness>, held = residentCard()) {
  h.card({ type: 'card-present' });
  h.card({ type: 'card-read', card: held });
  h.session.consent(
    true,
    h.session.state.state === 'consent' ? h.session.state.consentVersion : 'v1',
  );
  await settle();
}

/** Feeds frames one by one, letting each be analysed. */
export async function feed(h: ReturnType<typeof createHarness>, count: number, marker = 0) {
  for (let i = 0; i < count; i += 1) {
    h.session.submitFrame(frame(marker));
    await settle();
  }
}
