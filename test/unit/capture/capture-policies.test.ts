import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { err } from '../../../src/shared/result';
import { FaceFrameUndecodableError } from '../../../src/core/face/face-errors';
import { createHarness, feed, liveFace, testPolicy, toFace } from './capture-fixtures';
import { residentCard } from './sample-card';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const noMatch = () => ({
  outcome: 'no-match' as const,
  score: 0.1,
  threshold: 0.4,
  operatingPoint: 'far-1e-4',
});
const spoof = () => ({
  face: { quality: 0.9, embedding: new Float32Array([1, 0, 0]) },
  instruction: null,
  liveness: { kind: 'spoof' as const, score: 0.1, threshold: 0.5 },
  faceChanged: false,
});

async function retryNow() {
  await vi.advanceTimersByTimeAsync(testPolicy().timeoutsMs.retry);
}

describe('capture policy: attempts', () => {
  it('fails with attempts-exhausted after the configured attempts, then asks to try again or call the operator', async () => {
    const h = createHarness(testPolicy({ attempts: 2 }));
    h.matcher.decide = noMatch;
    await toFace(h);
    await feed(h, 2);
    expect(h.session.state).toMatchObject({
      state: 'retry',
      attempt: 1,
      attemptsAllowed: 2,
      reasonKey: 'no-match',
    });
    await retryNow();
    await feed(h, 2);
    expect(h.results().map((r) => r.outcome)).toEqual(['retry', 'fail']);
    expect(h.results().at(-1)).toEqual({
      outcome: 'fail',
      reasonKey: 'attempts-exhausted',
      nextSteps: ['try-again', 'call-operator'],
    });
    expect(h.drafts).toHaveLength(0);
  });

  it('a failed engine ends the attempt as engine-failed, not as the person failing', async () => {
    const h = createHarness(testPolicy({ attempts: 1 }));
    h.engine.assess = () => Promise.reject(new Error('engine process exited'));
    await toFace(h);
    await feed(h, 1);
    expect(h.results().at(-1)).toMatchObject({ outcome: 'fail', reasonKey: 'engine-failed' });
  });

  it('a frame the engine cannot decode is skipped: the same attempt goes on to a pass', async () => {
    const h = createHarness(testPolicy({ attempts: 1 }));
    let calls = 0;
    h.engine.assess = () =>
      (calls += 1) === 1 ? Promise.reject(new FaceFrameUndecodableError()) : liveFace();
    await toFace(h);
    await feed(h, 3);
    expect(calls).toBe(3);
    expect(h.engine.attempts).toBe(1);
    expect(h.results().at(-1)).toMatchObject({ outcome: 'pass' });
  });

  it('a record that cannot be saved ends in fail, record-not-saved', async () => {
    const h = createHarness();
    h.sink.result = err({
      code: 'store.full',
      text: { 'zh-CN': '满', en: 'full' },
      retryable: false,
    });
    await toFace(h);
    await feed(h, 2);
    expect(h.results().at(-1)).toMatchObject({ outcome: 'fail', reasonKey: 'record-not-saved' });
  });
});

/** A one-attempt session whose every frame is a spoof, already in the face step. */
async function spoofedSession(spoofLockout: {
  afterSpoofs: number;
  windowMs: number;
  lockMs: number;
}) {
  const policy = testPolicy({ attempts: 1, spoofLockout });
  const h = createHarness(policy);
  h.engine.assess = spoof;
  await toFace(h);
  await feed(h, 1);
  return { h, policy };
}

describe('capture policy: spoof lockout', () => {
  it('locks the kiosk after N spoofs across sessions, refuses sessions, and unlocks when the time is up', async () => {
    const { h, policy } = await spoofedSession({
      afterSpoofs: 2,
      windowMs: 600_000,
      lockMs: 60_000,
    });
    expect(h.results().at(-1)).toMatchObject({ outcome: 'fail', reasonKey: 'spoof-suspected' });
    h.card({ type: 'card-removed' });
    await vi.advanceTimersByTimeAsync(policy.timeoutsMs.result);
    expect(h.session.state.state).toBe('idle');

    await toFace(h);
    await feed(h, 1);
    expect(h.session.state).toMatchObject({
      state: 'locked',
      reason: 'spoof-lockout',
      untilMs: Date.now() + 60_000,
    });
    // The lockout ends the session with a result: the console counts it, the screen says so.
    expect(h.results().at(-1)).toEqual({
      outcome: 'fail',
      reasonKey: 'spoof-suspected',
      nextSteps: ['wait-for-unlock', 'call-operator'],
    });
    const refused = h.session.start();
    expect(refused.ok ? null : refused.error.reason).toBe('locked');
    h.card({ type: 'card-read', card: residentCard() });
    expect(h.session.state.state).toBe('locked');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(h.session.state).toEqual({ state: 'idle', endedBy: null });
  });

  it('forgets spoofs older than the window', async () => {
    const { h } = await spoofedSession({ afterSpoofs: 2, windowMs: 60_000, lockMs: 60_000 });
    h.card({ type: 'card-removed' });
    await vi.advanceTimersByTimeAsync(61_000);
    await toFace(h);
    await feed(h, 1);
    expect(h.session.state).toMatchObject({ state: 'result', outcome: 'fail' });
  });

  it('a spoof verdict ends the session at once, with attempts left, and records nothing', async () => {
    const h = createHarness(testPolicy({ attempts: 3 }));
    h.engine.assess = spoof;
    await toFace(h);
    await feed(h, 1);
    expect(h.results().map((r) => r.outcome)).toEqual(['fail']);
    expect(h.results().at(-1)).toMatchObject({ reasonKey: 'spoof-suspected' });
    expect(h.drafts).toHaveLength(0);
  });

  it('a liveness challenge still unanswered at the face timeout is a spoof, not a retry', async () => {
    const policy = testPolicy({ attempts: 3 });
    const h = createHarness(policy);
    h.engine.assess = () => ({
      face: { quality: 0.9, embedding: new Float32Array([1, 0, 0]) },
      instruction: null,
      liveness: { kind: 'need-challenge' as const, challenge: 'blink' as const },
      faceChanged: false,
    });
    await toFace(h);
    await feed(h, 1);
    expect(h.session.state).toMatchObject({ state: 'face', challenge: 'blink' });
    await vi.advanceTimersByTimeAsync(policy.timeoutsMs.face);
    expect(h.results()).toEqual([
      { outcome: 'fail', reasonKey: 'spoof-suspected', nextSteps: ['try-again', 'call-operator'] },
    ]);
  });

  it('an operator unlock lifts a spoof lockout early', async () => {
    const { h } = await spoofedSession({ afterSpoofs: 1, windowMs: 60_000, lockMs: 600_000 });
    expect(h.session.state.state).toBe('locked');
    h.session.unlock();
    expect(h.session.start().ok).toBe(true);
  });
});

/** A session whose every attempt is a mismatch, run until its attempts are used up. */
async function mismatched(policy: ReturnType<typeof testPolicy>) {
  const h = createHarness(policy);
  h.matcher.decide = noMatch;
  await toFace(h);
  await feed(h, 2);
  return h;
}

describe('capture policy: operator verification', () => {
  const allowing = testPolicy({
    attempts: 1,
    operatorVerification: { allowed: true, roles: ['technician'] },
  });

  it('records an operator-verified capture as such, only by a role the policy names', async () => {
    const h = await mismatched(allowing);
    expect(h.results().at(-1)).toEqual({
      outcome: 'operator-review',
      reasonKey: 'attempts-exhausted',
      nextSteps: ['call-operator'],
    });
    const refused = await h.session.verifyByOperator({ id: 'op-1', role: 'operator' }, 'verified');
    expect(refused.ok ? null : refused.error.reason).toBe('operator-not-allowed');
    expect(
      (await h.session.verifyByOperator({ id: 'tech-1', role: 'technician' }, 'verified')).ok,
    ).toBe(true);
    expect(h.drafts[0]?.verification).toEqual({
      method: 'operator-in-person',
      operator: { id: 'tech-1', role: 'technician' },
      faceAttempts: 1,
      reasonKey: 'attempts-exhausted',
    });
    expect(h.results().at(-1)).toMatchObject({ outcome: 'pass', reasonKey: 'operator-verified' });
  });

  it('a second verification while the first is being saved is refused, so one record is made', async () => {
    const h = await mismatched(allowing);
    let release!: () => void;
    h.sink.gate = new Promise((resolve) => (release = resolve));
    const technician = { id: 'tech-1', role: 'technician' } as const;
    const first = h.session.verifyByOperator(technician, 'verified');
    const second = await h.session.verifyByOperator(technician, 'verified');
    expect(second.ok ? null : second.error.reason).toBe('busy');
    release();
    expect((await first).ok).toBe(true);
    expect(h.drafts).toHaveLength(1);
  });

  it('an operator rejection ends in fail without a record', async () => {
    const h = await mismatched(allowing);
    await h.session.verifyByOperator({ id: 'tech-1', role: 'technician' }, 'rejected');
    expect(h.results().at(-1)).toMatchObject({ outcome: 'fail', reasonKey: 'operator-rejected' });
    expect(h.drafts).toHaveLength(0);
  });

  it('without the policy there is no operator review and verification is refused', async () => {
    const h = await mismatched(testPolicy({ attempts: 1 }));
    expect(h.session.state).toMatchObject({ state: 'result', outcome: 'fail' });
    const refused = await h.session.verifyByOperator(
      { id: 'tech-1', role: 'technician' },
      'verified',
    );
    expect(refused.ok ? null : refused.error.reason).toBe('not-now');
  });
});

describe('capture policy: what the record transmits', () => {
  it.each([
    ['card-photo', true, false],
    ['live-photo', false, true],
    ['neither', false, false],
  ] as const)('transmit %s: card photo %s, live photo %s', async (transmit, card, live) => {
    const h = createHarness(testPolicy({ transmit }));
    await toFace(h);
    await feed(h, 2);
    expect(h.drafts[0]?.cardPhoto !== null).toBe(card);
    expect(h.drafts[0]?.livePhoto !== null).toBe(live);
    expect(h.drafts[0]?.consent.version).toBe('v1');
  });
});
