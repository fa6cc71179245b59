import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../src/shared/config/config-resolve';

const site = (capture: object) => ({ source: 'site.json', document: { version: 1, capture } });

describe('capture.cardPolicy in the configuration', () => {
  it('defaults to refusing check digit, expiry, not-yet-valid and birth inconsistency, reviewing the rest', () => {
    const resolved = resolveConfig([]);
    if (!resolved.ok) throw new Error('defaults must be valid');
    const { findings, expiryGraceDays, acceptedCardTypes } = resolved.value.capture.cardPolicy;
    const refused = Object.entries(findings).flatMap(([code, action]) =>
      action === 'refuse' ? [code] : [],
    );
    expect(refused.sort()).toEqual(
      ['birth-date-mismatch', 'checksum-mismatch', 'expired', 'not-yet-valid'].sort(),
    );
    expect(findings['unknown-nation-code']).toBe('review');
    expect(findings['photo-unreadable']).toBe('review');
    expect(findings['card-type-not-accepted']).toBe('review');
    expect(expiryGraceDays).toBe(0);
    expect(acceptedCardTypes).toHaveLength(4);
  });

  it('lets a site layer change one finding and the grace, keeping the other defaults', () => {
    const resolved = resolveConfig([
      site({ cardPolicy: { findings: { 'unknown-nation-code': 'refuse' }, expiryGraceDays: 30 } }),
    ]);
    if (!resolved.ok) throw new Error(JSON.stringify(resolved.error));
    expect(resolved.value.capture.cardPolicy.findings['unknown-nation-code']).toBe('refuse');
    expect(resolved.value.capture.cardPolicy.findings.expired).toBe('refuse');
    expect(resolved.value.capture.cardPolicy.expiryGraceDays).toBe(30);
  });

  it.each([
    [{ findings: { expired: 'ignore' } }, 'capture.cardPolicy.findings.expired'],
    [{ findings: { 'no-such-check': 'refuse' } }, 'capture.cardPolicy.findings'],
    [{ expiryGraceDays: -1 }, 'capture.cardPolicy.expiryGraceDays'],
    [{ acceptedCardTypes: [] }, 'capture.cardPolicy.acceptedCardTypes'],
    [{ acceptedCardTypes: 'resident' }, 'capture.cardPolicy.acceptedCardTypes'],
  ])('refuses %j, naming the field and the file', (cardPolicy, field) => {
    const resolved = resolveConfig([site({ cardPolicy })]);
    expect(resolved).toMatchObject({ ok: false, error: { kind: 'invalid', source: 'site.json' } });
    if (resolved.ok || resolved.error.kind !== 'invalid') return;
    expect(resolved.error.field).toMatch(new RegExp(`^${field.replace(/\./g, '\\.')}`));
  });
});
