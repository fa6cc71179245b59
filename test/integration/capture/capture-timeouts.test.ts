// Every waiting state ends on its own, with the real reader and engine behind the session: short
// configured timeouts (the schema's minimums), real time, no fake timers (real processes run).
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/shared/config/config-defaults';
import type { KioskEvent } from '../../../src/shared/kiosk-api/events';
import { isState, startCaptureRig } from './capture-rig';

const timeoutsMs = {
  consent: 5_000,
  card: 5_000,
  face: 5_000,
  matching: 1_000,
  retry: 1_000,
  operatorReview: 10_000,
  result: 2_000,
  done: 2_000,
};

const endedBy = (event: KioskEvent) => (event.payload as { endedBy?: unknown }).endedBy;

describe('capture timeouts over the real parts', () => {
  it('times out consent, card, face, operator review, result and done, each to the state the policy names', async () => {
    const { rig, events, api } = await startCaptureRig({
      holder: 'worker',
      capture: {
        attempts: 1,
        timeoutsMs,
        operatorVerification: { allowed: true, roles: ['operator'] },
      },
    });
    expect(DEFAULT_CONFIG.capture.timeoutsMs.consent).toBeGreaterThan(timeoutsMs.consent);

    let idle = events.next(isState('idle'));
    await api['session.start']({});
    expect(endedBy(await idle)).toBe('consent-timeout');

    idle = events.next(isState('idle'));
    await api['session.start']({});
    await api['session.consent']({ accepted: true, consentVersion: 'v1' });
    expect(endedBy(await idle)).toBe('card-timeout');

    // No frames at all: the face step times out, the only attempt is spent, and the policy hands
    // over to an operator, who does not come either.
    const review = events.next(isState('operator-review'));
    const result = events.next(isState('result'));
    const done = events.next(isState('done'));
    await api['session.start']({});
    await api['session.consent']({ accepted: true, consentVersion: 'v1' });
    await rig.emulator.control(`place ${rig.profile}`);
    expect((await review).payload).toMatchObject({ reasonKey: 'attempts-exhausted' });
    expect((await result).payload).toMatchObject({ state: 'result', outcome: 'fail' });
    const reviewEnd = events.seen.find(
      (e) => e.name === 'session.result' && e.payload.reasonKey === 'review-timeout',
    );
    expect(reviewEnd).toBeDefined();
    // The card is still on the reader: "take your card", then idle on its own.
    await done;
    idle = events.next(isState('idle'));
    expect(endedBy(await idle)).toBeNull();
    expect(await api['queue.status']({})).toMatchObject({
      ok: true,
      value: { pending: 0, acked: 0 },
    });
  }, 60_000);
});
