import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionCard } from '../../../src/core/capture/ports';
import { sessionCommands } from '../../../src/core/capture/session-commands';
import type { ResidentIdCard } from '../../../src/core/idcard/card/card';
import { DEFAULT_CONFIG } from '../../../src/shared/config/config-defaults';
import { kioskEventSchema } from '../../../src/shared/kiosk-api/events';
import { createHarness, feed, frame, testPolicy, toFace } from './capture-fixtures';
import { residentCard } from './sample-card';

const T = DEFAULT_CONFIG.capture.timeoutsMs;
const OPERATOR = { id: 'operator-7', role: 'operator' as const };

const withCard = (changes: Partial<ResidentIdCard>, held = residentCard()): SessionCard => ({
  ...held,
  card: { ...(held.card as ResidentIdCard), ...changes },
});
const expired = () =>
  withCard({
    validFrom: { kind: 'date', iso: '2005-01-01' },
    validTo: { kind: 'date', iso: '2015-01-01' },
  });
const oddNation = () => withCard({ nation: { kind: 'unknown', raw: '77' } });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('capture session: card policy refusals', () => {
  it('refuses an expired card before the face step: one reason, nothing recorded, logged without personal data', async () => {
    const h = createHarness();
    await toFace(h, expired());
    expect(h.states()).toEqual(['consent', 'result']);
    expect(h.session.state).toMatchObject({ state: 'result', outcome: 'refused' });
    expect(h.results()).toEqual([
      {
        outcome: 'refused',
        reasonKey: 'card-expired',
        nextSteps: ['take-card'],
        cardCheck: 'expired',
      },
    ]);
    expect(h.engine.enroll).not.toHaveBeenCalled();
    expect(h.engine.attempts).toBe(0);
    expect(h.session.submitFrame(frame())).toBe('ignored');
    expect(h.drafts).toEqual([]);
    expect(h.logger.lines).toContainEqual({
      level: 'warn',
      event: 'capture.card-refused',
      fields: { check: 'expired', reason: 'card-expired' },
    });
    const logged = JSON.stringify(h.logger.lines);
    for (const personal of ['11010119900307803X', '张三丰', '2015-01-01'])
      expect(logged).not.toContain(personal);
    for (const event of h.events) expect(kioskEventSchema.safeParse(event).success).toBe(true);
    await vi.advanceTimersByTimeAsync(T.result);
    expect(h.session.state.state).toBe('done');
  });

  it('refuses a card whose ID-number check digit is wrong', async () => {
    const h = createHarness();
    await toFace(h, residentCard('110101199003078031'));
    expect(h.results()).toMatchObject([
      { outcome: 'refused', reasonKey: 'card-number-invalid', cardCheck: 'checksum-mismatch' },
    ]);
    expect(h.drafts).toEqual([]);
  });

  it('judges a card placed after consent the same way', async () => {
    const h = createHarness();
    h.session.start();
    h.session.consent(true, 'v1');
    h.card({ type: 'card-read', card: expired() });
    expect(h.results()).toMatchObject([{ outcome: 'refused', cardCheck: 'expired' }]);
  });
});

describe('capture session: card review by an operator', () => {
  it('holds the card, ignores frames, and goes on to the face step once an operator accepts it; the record says who', async () => {
    const h = createHarness();
    await toFace(h, oddNation());
    expect(h.session.state).toMatchObject({
      state: 'card-review',
      items: [{ code: 'unknown-nation-code' }],
      card: { maskedId: '1101**********803X' },
    });
    expect(h.session.submitFrame(frame())).toBe('ignored');
    expect(h.session.confirmCard(OPERATOR, 'accepted').ok).toBe(true);
    expect(h.session.state.state).toBe('face');
    await feed(h, 2);
    expect(h.results()).toMatchObject([{ outcome: 'pass' }]);
    expect(h.drafts[0]?.cardReview).toEqual({
      checks: ['unknown-nation-code'],
      operator: OPERATOR,
      confirmedAtMs: expect.any(Number),
    });
    for (const event of h.events) expect(kioskEventSchema.safeParse(event).success).toBe(true);
  });

  it('ends refused when the operator refuses the card', async () => {
    const h = createHarness();
    await toFace(h, oddNation());
    h.session.confirmCard(OPERATOR, 'refused');
    expect(h.results()).toEqual([
      {
        outcome: 'refused',
        reasonKey: 'card-rejected-by-operator',
        nextSteps: ['take-card'],
        cardCheck: 'unknown-nation-code',
      },
    ]);
    expect(h.engine.enroll).not.toHaveBeenCalled();
  });

  it('fails when no operator answers within the review timeout, and aborts when the card is taken', async () => {
    const h = createHarness();
    await toFace(h, oddNation());
    await vi.advanceTimersByTimeAsync(T.operatorReview);
    expect(h.results()).toMatchObject([{ outcome: 'fail', reasonKey: 'review-timeout' }]);
    const other = createHarness();
    await toFace(other, oddNation());
    other.card({ type: 'card-removed' });
    expect(other.session.state).toEqual({ state: 'idle', endedBy: 'card-removed' });
  });

  it('takes a confirmation only during a review and only from a logged-in operator', async () => {
    const h = createHarness();
    const early = h.session.confirmCard(OPERATOR, 'accepted');
    expect(early.ok ? null : early.error.reason).toBe('not-now');
    await toFace(h, oddNation());
    const logStaff = vi.fn();
    const anonymous = await sessionCommands(h.session, () => null, logStaff)['card.confirm']({
      answer: 'accepted',
    });
    expect(anonymous).toMatchObject({ ok: false, error: { code: 'capture.operator-required' } });
    expect(h.session.state.state).toBe('card-review');
    expect(logStaff).not.toHaveBeenCalled();
    const signedIn = await sessionCommands(h.session, () => OPERATOR, logStaff)['card.confirm']({
      answer: 'accepted',
    });
    expect(signedIn.ok).toBe(true);
    expect(h.session.state.state).toBe('face');
    expect(logStaff).toHaveBeenCalledWith('record-review', {
      subject: 'card-findings',
      answer: 'accepted',
    });
  });

  it('sends every finding to review when the policy says so', async () => {
    const base = testPolicy();
    const lenient = testPolicy({
      cardPolicy: {
        ...base.cardPolicy,
        findings: { ...base.cardPolicy.findings, expired: 'review' },
      },
    });
    const h = createHarness(lenient);
    await toFace(h, expired());
    expect(h.session.state).toMatchObject({ state: 'card-review', items: [{ code: 'expired' }] });
  });
});
