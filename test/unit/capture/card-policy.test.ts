import { describe, expect, it } from 'vitest';
import { judgeCard, cardCheckItems } from '../../../src/core/capture/card-policy';
import type { SessionCard } from '../../../src/core/capture/ports';
import type { ResidentIdCard } from '../../../src/core/idcard/card/card';
import {
  DEFAULT_CARD_POLICY,
  type CardPolicy,
} from '../../../src/shared/config/card-policy-schema';
import { residentCard } from './sample-card';

const NOW = Date.parse('2026-12-06T04:00:00Z'); // 12:00 in China
const VALID_ID = '11010119900307803X';
const BAD_CHECK_DIGIT = '110101199003078031';

function withCard(changes: Partial<ResidentIdCard>, held = residentCard()): SessionCard {
  return { ...held, card: { ...(held.card as ResidentIdCard), ...changes } };
}
const policy = (changes: Partial<CardPolicy> = {}): CardPolicy => ({
  ...DEFAULT_CARD_POLICY,
  ...changes,
});
const expiredOn = (iso: string) =>
  withCard({ validFrom: { kind: 'date', iso: '2005-01-01' }, validTo: { kind: 'date', iso } });

describe('card policy', () => {
  it('accepts a valid card with a photo', () => {
    expect(judgeCard(residentCard(VALID_ID), policy(), NOW)).toEqual({ kind: 'accept' });
  });

  it('refuses an expired card by default, telling the worker to renew it', () => {
    expect(judgeCard(expiredOn('2015-06-30'), policy(), NOW)).toEqual({
      kind: 'refuse',
      check: 'expired',
      reasonKey: 'card-expired',
    });
  });

  it('refuses a wrong ID-number check digit by default', () => {
    expect(judgeCard(residentCard(BAD_CHECK_DIGIT), policy(), NOW)).toEqual({
      kind: 'refuse',
      check: 'checksum-mismatch',
      reasonKey: 'card-number-invalid',
    });
  });

  it('tells one reason when a card fails several checks: expiry before the number', () => {
    const both = withCard(
      {
        validFrom: { kind: 'date', iso: '2005-01-01' },
        validTo: { kind: 'date', iso: '2015-01-01' },
      },
      residentCard(BAD_CHECK_DIGIT),
    );
    expect(judgeCard(both, policy(), NOW)).toMatchObject({ check: 'expired' });
    expect(cardCheckItems(both, policy(), NOW).map((item) => item.code)).toEqual([
      'expired',
      'checksum-mismatch',
    ]);
  });

  it('refuses a card not valid yet and a birth date the ID number contradicts', () => {
    const future = withCard({ validFrom: { kind: 'date', iso: '2027-01-01' } });
    expect(judgeCard(future, policy(), NOW)).toMatchObject({
      check: 'not-yet-valid',
      reasonKey: 'card-not-yet-valid',
    });
    const birth = withCard({ birthDate: { kind: 'date', iso: '1990-03-08' } });
    expect(judgeCard(birth, policy(), NOW)).toMatchObject({
      check: 'birth-date-mismatch',
      reasonKey: 'card-data-inconsistent',
    });
  });

  it('holds an unknown nation code and a missing photo for review, with the operator texts', () => {
    const odd = withCard({ nation: { kind: 'unknown', raw: '77' } });
    const verdict = judgeCard({ ...odd, photo: null }, policy(), NOW);
    expect(verdict.kind).toBe('review');
    if (verdict.kind !== 'review') return;
    expect(verdict.items.map((item) => item.code)).toEqual([
      'unknown-nation-code',
      'photo-unreadable',
    ]);
    for (const item of verdict.items) {
      expect(item.text['zh-CN'].length).toBeGreaterThan(0);
      expect(item.text.en.length).toBeGreaterThan(0);
    }
  });

  it('judges a card type the deployment does not accept by its configured action', () => {
    const onlyPermits = policy({ acceptedCardTypes: ['residence-permit'] });
    expect(judgeCard(residentCard(VALID_ID), onlyPermits, NOW)).toMatchObject({
      kind: 'review',
      items: [{ code: 'card-type-not-accepted' }],
    });
    const refusing = policy({
      ...onlyPermits,
      findings: { ...DEFAULT_CARD_POLICY.findings, 'card-type-not-accepted': 'refuse' },
    });
    expect(judgeCard(residentCard(VALID_ID), refusing, NOW)).toMatchObject({
      kind: 'refuse',
      reasonKey: 'card-type-not-accepted',
    });
  });

  it('lets the configuration send a default refusal to review instead', () => {
    const lenient = policy({ findings: { ...DEFAULT_CARD_POLICY.findings, expired: 'review' } });
    expect(judgeCard(expiredOn('2015-06-30'), lenient, NOW)).toMatchObject({
      kind: 'review',
      items: [{ code: 'expired' }],
    });
  });

  it('counts the expiry grace in whole days after the printed end of validity', () => {
    const yesterday = expiredOn('2026-12-05');
    expect(judgeCard(yesterday, policy(), NOW)).toMatchObject({ check: 'expired' });
    expect(judgeCard(yesterday, policy({ expiryGraceDays: 1 }), NOW)).toEqual({ kind: 'accept' });
    expect(judgeCard(expiredOn('2026-12-04'), policy({ expiryGraceDays: 1 }), NOW)).toMatchObject({
      check: 'expired',
    });
    expect(judgeCard(expiredOn('2026-12-06'), policy(), NOW)).toEqual({ kind: 'accept' });
  });
});
