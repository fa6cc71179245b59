import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/shared/config/config-defaults';
import { kioskEventSchema } from '../../../src/shared/kiosk-api/events';
import { createHarness, feed, testPolicy, toFace } from './capture-fixtures';
import { residentCard } from './sample-card';
import { SPOOF_FACE_CHANGES } from '../../../src/core/capture/session-reactions';

const T = DEFAULT_CONFIG.capture.timeoutsMs;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('capture session: the happy path', () => {
  it('goes idle → consent → face → matching → result → done → idle and saves one record', async () => {
    const h = createHarness();
    await toFace(h);
    await feed(h, 2);
    expect(h.states()).toEqual(['consent', 'face', 'matching', 'result']);
    expect(h.results()).toEqual([
      {
        outcome: 'pass',
        reasonKey: 'matched',
        nextSteps: ['take-card', 'visit-personal-service', 'set-initial-password'],
      },
    ]);
    expect(h.drafts).toHaveLength(1);
    expect(h.drafts[0]?.verification).toMatchObject({
      method: 'face',
      attempts: 1,
      match: { score: 0.8 },
    });
    await vi.advanceTimersByTimeAsync(T.result);
    expect(h.session.state.state).toBe('done');
    h.card({ type: 'card-removed' });
    expect(h.session.state).toEqual({ state: 'idle', endedBy: null });
  });

  it('asks for the card after consent when the session was started from the screen', async () => {
    const h = createHarness();
    expect(h.session.start().ok).toBe(true);
    h.session.consent(true, 'v1');
    expect(h.session.state.state).toBe('card');
    h.card({ type: 'card-read', card: residentCard() });
    expect(h.session.state.state).toBe('face');
  });

  it('emits only events that satisfy the shared contract, with a masked ID number', async () => {
    const h = createHarness();
    await toFace(h);
    await feed(h, 2);
    for (const event of h.events) expect(kioskEventSchema.safeParse(event).success).toBe(true);
    const face = h.events.find((e) => e.name === 'session.state' && e.payload.state === 'face');
    expect(JSON.stringify(face)).toContain('1101**********803X');
    expect(JSON.stringify(h.events)).not.toContain('11010119900307803X');
    expect(JSON.stringify(h.events)).not.toContain('0.8');
  });

  it('refuses a second session while one runs, and consent of another text version', async () => {
    const h = createHarness();
    h.session.start();
    const second = h.session.start();
    expect(second.ok ? null : second.error.reason).toBe('busy');
    const wrong = h.session.consent(true, 'v0');
    expect(wrong.ok ? null : wrong.error.reason).toBe('consent-version');
    expect(h.session.state.state).toBe('consent');
  });

  it('ends the session when consent is declined, keeping nothing', async () => {
    const h = createHarness();
    h.card({ type: 'card-read', card: residentCard() });
    h.session.consent(false, 'v1');
    expect(h.session.state.state).toBe('done');
    h.card({ type: 'card-removed' });
    expect(h.session.state).toEqual({ state: 'idle', endedBy: null });
    expect(h.engine.enroll).not.toHaveBeenCalled();
  });

  it('logs every transition without personal data', async () => {
    const h = createHarness();
    await toFace(h);
    await feed(h, 2);
    const transitions = h.logger.lines
      .filter((l) => l.event === 'capture.state')
      .map((l) => l.fields?.to);
    expect(transitions).toEqual(['consent', 'face', 'matching', 'result']);
    const logged = JSON.stringify(h.logger.lines);
    for (const secret of ['11010119900307803X', '张三丰', '景山前街'])
      expect(logged).not.toContain(secret);
  });
});

describe('capture session: every state times out', () => {
  it('consent → idle with the reason when the card is gone', async () => {
    const h = createHarness();
    h.session.start();
    await vi.advanceTimersByTimeAsync(T.consent);
    expect(h.session.state).toEqual({ state: 'idle', endedBy: 'consent-timeout' });
  });

  it('card → idle after the card timeout', async () => {
    const h = createHarness();
    h.session.start();
    h.session.consent(true, 'v1');
    await vi.advanceTimersByTimeAsync(T.card - 1);
    expect(h.session.state.state).toBe('card');
    await vi.advanceTimersByTimeAsync(1);
    expect(h.session.state).toEqual({ state: 'idle', endedBy: 'card-timeout' });
  });

  it('face → retry (no face seen) → face again with attempt 2', async () => {
    const h = createHarness();
    await toFace(h);
    await vi.advanceTimersByTimeAsync(T.face);
    expect(h.session.state).toMatchObject({ state: 'retry', attempt: 1, reasonKey: 'no-face' });
    await vi.advanceTimersByTimeAsync(T.retry);
    expect(h.session.state).toMatchObject({ state: 'face', attempt: 2 });
    expect(h.engine.attempts).toBe(2);
  });

  it('face timeout after faces were seen says too slow, not no face', async () => {
    const h = createHarness();
    h.engine.assess = () => ({ ...liveFaceUndecided() });
    await toFace(h);
    await feed(h, 3);
    await vi.advanceTimersByTimeAsync(T.face);
    expect(h.session.state).toMatchObject({ state: 'retry', reasonKey: 'face-timeout' });
  });

  it('face timeout after the face was replaced again and again is a spoof verdict, not a retry', async () => {
    const h = createHarness();
    h.engine.assess = () => ({ ...liveFaceUndecided(), faceChanged: true });
    await toFace(h);
    await feed(h, SPOOF_FACE_CHANGES);
    await vi.advanceTimersByTimeAsync(T.face);
    expect(h.results().at(-1)).toMatchObject({ outcome: 'fail', reasonKey: 'spoof-suspected' });
    expect(h.engine.attempts).toBe(1);
  });

  it('face timeout after fewer face changes than that is still a retry', async () => {
    const h = createHarness();
    let n = 0;
    h.engine.assess = () => ({ ...liveFaceUndecided(), faceChanged: n++ < SPOOF_FACE_CHANGES - 1 });
    await toFace(h);
    await feed(h, SPOOF_FACE_CHANGES + 5);
    await vi.advanceTimersByTimeAsync(T.face);
    expect(h.session.state).toMatchObject({ state: 'retry', reasonKey: 'face-timeout' });
  });

  it('matching → retry when the card photo enrolment never answers', async () => {
    const h = createHarness();
    h.engine.enroll.mockImplementation(() => new Promise(() => undefined));
    await toFace(h);
    await feed(h, 2);
    expect(h.session.state.state).toBe('matching');
    await vi.advanceTimersByTimeAsync(T.matching);
    expect(h.session.state).toMatchObject({ state: 'retry', reasonKey: 'matching-timeout' });
  });

  it('operator-review → result fail, then done → idle', async () => {
    const h = createHarness(
      testPolicy({ attempts: 1, operatorVerification: { allowed: true, roles: ['operator'] } }),
    );
    h.matcher.decide = () => ({
      outcome: 'no-match',
      score: 0.1,
      threshold: 0.4,
      operatingPoint: 'far-1e-4',
    });
    await toFace(h);
    await feed(h, 2);
    expect(h.session.state.state).toBe('operator-review');
    await vi.advanceTimersByTimeAsync(T.operatorReview);
    expect(h.results().at(-1)).toMatchObject({ outcome: 'fail', reasonKey: 'review-timeout' });
    await vi.advanceTimersByTimeAsync(T.result);
    expect(h.session.state.state).toBe('done');
    await vi.advanceTimersByTimeAsync(T.done);
    expect(h.session.state).toEqual({ state: 'idle', endedBy: null });
  });

  it('result goes straight to idle when the card was already taken', async () => {
    const h = createHarness();
    await toFace(h);
    await feed(h, 2);
    // Removal after the record is saved no longer aborts anything.
    h.card({ type: 'card-removed' });
    expect(h.session.state.state).toBe('result');
    await vi.advanceTimersByTimeAsync(T.result);
    expect(h.session.state).toEqual({ state: 'idle', endedBy: null });
  });
});

function liveFaceUndecided() {
  return {
    face: { quality: 0.2, embedding: new Float32Array([1, 0, 0]) },
    instruction: 'come-closer' as const,
    liveness: { kind: 'undecided' as const },
    faceChanged: false,
  };
}
