// Pipelined capture: with consent given before the card, the first attempt analyses frames while
// the card is read, so that only the card photo's embedding and the comparison remain after it.
// What is accepted does not change: the evidence and the best frames come from one face, seen
// continuously; a face swap between frames restarts both.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FaceAttemptRunner } from '../../../src/core/capture/face-attempt-runner';
import type { KeptFrame } from '../../../src/core/capture/best-frames';
import { systemClock } from '../../../src/core/clock';
import type { FrameAssessment } from '../../../src/core/capture/ports';
import { createHarness, feed, frame, liveFace, settle, testPolicy } from './capture-fixtures';
import { residentCard } from './sample-card';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Consent first, as after a touch on the attract screen: the session then waits for the card. */
async function consentBeforeCard(h: ReturnType<typeof createHarness>) {
  h.session.start();
  const state = h.session.state;
  h.session.consent(true, state.state === 'consent' ? state.consentVersion : 'v1');
  await settle();
}

describe('pipelined capture', () => {
  it('analyses frames while the card is read and matches as soon as the card arrives', async () => {
    const h = createHarness();
    await consentBeforeCard(h);
    expect(h.session.state.state).toBe('card');
    await feed(h, 2);
    expect(h.engine.attempts).toBe(1);
    expect(h.engine.enroll).not.toHaveBeenCalled();
    const before = h.states().length;
    h.card({ type: 'card-present' });
    h.card({ type: 'card-read', card: residentCard() });
    await settle();
    // No frame after the card: the evidence gathered during the read is matched at once.
    expect(h.states().slice(before)).toEqual(['face', 'matching', 'result']);
    expect(h.results()).toMatchObject([{ outcome: 'pass', reasonKey: 'matched' }]);
    expect(h.engine.attempts).toBe(1);
  });

  it('goes on with the same attempt in the face step when the card came before enough frames', async () => {
    const h = createHarness();
    await consentBeforeCard(h);
    await feed(h, 1);
    h.card({ type: 'card-read', card: residentCard() });
    await settle();
    expect(h.session.state.state).toBe('face');
    await feed(h, 1);
    expect(h.results()).toMatchObject([{ outcome: 'pass' }]);
    expect(h.engine.attempts).toBe(1);
  });

  it('ignores frames before consent', async () => {
    const h = createHarness();
    h.session.start();
    expect(h.session.submitFrame(frame())).toBe('ignored');
    expect(h.engine.attempts).toBe(0);
  });

  it('costs no attempt when the engine fails before the card was read', async () => {
    const h = createHarness();
    await consentBeforeCard(h);
    h.engine.assess = () => Promise.reject(new Error('engine gone'));
    await feed(h, 1);
    expect(h.session.state.state).toBe('card');
    h.engine.assess = () => liveFace();
    h.card({ type: 'card-read', card: residentCard() });
    await settle();
    expect(h.session.state).toMatchObject({ state: 'face', attempt: 1 });
    await feed(h, 2);
    expect(h.results()).toMatchObject([{ outcome: 'pass' }]);
  });
});

describe('a face swap between frames', () => {
  const face = (marker: number, faceChanged: boolean, quality: number): FrameAssessment => ({
    face: { quality, embedding: new Float32Array([marker, 0, 0]) },
    instruction: null,
    liveness: { kind: 'live', score: 0.97, threshold: 0.5 },
    faceChanged,
  });

  /** Runs one attempt over the scripted assessments; the frames it hands to matching. */
  async function matchedFrames(script: FrameAssessment[]): Promise<number[]> {
    const count = script.length;
    let ready: readonly KeptFrame[] = [];
    const runner = new FaceAttemptRunner(
      { analyze: async () => script.shift() as FrameAssessment },
      { ...testPolicy(), keepImages: false, clock: systemClock },
      {
        instruction: () => undefined,
        ready: (frames) => (ready = frames),
        spoof: () => undefined,
        failed: () => undefined,
      },
    );
    for (let i = 0; i < count; i += 1) {
      runner.submit(frame(i));
      await settle();
    }
    expect(runner.active).toBe(false);
    return ready.map((kept) => kept.embedding[0] ?? -1);
  }

  it('restarts the best frames, so the frames matched all show the face judged live', async () => {
    // Person 1 (sharper) is seen first, then person 2 takes over the camera.
    const script = [face(1, false, 0.95), face(2, true, 0.6), face(2, false, 0.6)];
    expect(await matchedFrames(script)).toEqual([2, 2]);
  });

  it('would have mixed the two faces without the restart', async () => {
    expect(await matchedFrames([face(1, false, 0.95), face(2, false, 0.6)])).toEqual([1, 2]);
  });
});
