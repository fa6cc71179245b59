import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CardFieldTooLongError } from '../../../../src/core/idcard/card/card-errors';
import { encodeCardText } from '../../../../src/core/idcard/card/encode-card-text';
import { genderOf } from '../../../../src/core/idcard/card/gender';
import { parseCard } from '../../../../src/core/idcard/card/parse-card';
import { anyCard } from './card-arbitraries';

const NOW = new Date('2026-11-25T00:00:00Z');

describe('encodeCardText', () => {
  it('round-trips every generated card of all four types through parseCard', () => {
    fc.assert(
      fc.property(anyCard, (card) => {
        const text = encodeCardText(card);
        expect(text.length).toBe(256);
        expect(parseCard(text, NOW).card).toEqual(card);
      }),
      { numRuns: 3000 },
    );
  });

  it('is stable: encoding a parsed card gives the same bytes back', () => {
    fc.assert(
      fc.property(anyCard, (card) => {
        const text = encodeCardText(card);
        expect(Buffer.from(encodeCardText(parseCard(text, NOW).card))).toEqual(Buffer.from(text));
      }),
    );
  });

  it.each([
    ['resident', ' '],
    ['residence-permit', 'J'],
    ['foreign-permanent-2017', 'I'],
    ['foreign-permanent-2023', 'Y'],
  ] as const)('writes the %s flag %j at byte 248', (type, flag) => {
    const card = fc.sample(
      anyCard.filter((c) => c.type === type),
      { numRuns: 1, seed: 7 },
    )[0]!;
    const text = encodeCardText(card);
    expect(Buffer.from(text.subarray(248, 250)).toString('utf16le')).toBe(flag);
  });

  it('writes a resident card byte for byte, padding with U+0020 and 长期 as 7F 95 1F 67', () => {
    const text = encodeCardText({
      type: 'resident',
      name: '张三',
      gender: genderOf('1'),
      nation: { kind: 'known', code: '01', name: '汉' },
      birthDate: { kind: 'date', iso: '1880-01-01' },
      address: '广东',
      idNumber: '440524188001010014',
      issuingAuthority: '公安局',
      validFrom: { kind: 'date', iso: '2010-01-01' },
      validTo: { kind: 'long-term' },
    });
    expect(Buffer.from(text.subarray(0, 8)).toString('hex')).toBe('205f094e20002000');
    expect(Buffer.from(text.subarray(30, 36)).toString('hex')).toBe('310030003100');
    expect(Buffer.from(text.subarray(204, 210)).toString('hex')).toBe('7f951f672000');
    expect(Buffer.from(text.subarray(220, 256)).toString('utf16le')).toBe(' '.repeat(18));
  });

  it('refuses a value that does not fit its slot, naming the field', () => {
    const card = {
      type: 'foreign-permanent-2023',
      chineseName: '',
      gender: genderOf('2'),
      renewalCount: '00',
      birthDate: { kind: 'date', iso: '1980-01-01' },
      englishName: 'A'.repeat(47),
      idNumber: '933156198001010011',
      validFrom: { kind: 'date', iso: '2023-12-01' },
      validTo: { kind: 'long-term' },
      nationality: 'GBR',
      previousPrNumberLink: '',
    } as const;
    expect(() => encodeCardText(card)).toThrow(CardFieldTooLongError);
    expect(() => encodeCardText(card)).toThrow(
      expect.objectContaining({ field: 'englishNamePart2', sizeBytes: 22 }),
    );
    expect(encodeCardText({ ...card, englishName: 'A'.repeat(46) })).toHaveLength(256);
  });
});
