import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CardTextLengthError } from '../../../../src/core/idcard/card/card-errors';
import { parseCard } from '../../../../src/core/idcard/card/parse-card';
import { chinaNoon, textBlock } from './text-block';

const RESIDENT = {
  0: '张三',
  30: '2',
  32: '01',
  36: '19491231',
  52: '北京市东城区',
  122: '11010519491231002X',
  158: '北京市公安局',
  188: '20160101',
  204: '20260101',
};

const findingsOf = (entries: Record<number, string>, now = chinaNoon('2025-06-01')) =>
  parseCard(textBlock(entries), now).findings.map(({ code, severity, field }) => ({
    code,
    severity,
    field,
  }));

describe('card findings', () => {
  it('finds nothing wrong with a consistent, valid resident card', () => {
    expect(findingsOf(RESIDENT)).toEqual([]);
  });

  it('reports a checksum mismatch and still returns the card', () => {
    const parsed = parseCard(
      textBlock({ ...RESIDENT, 122: '110105194912310021' }),
      chinaNoon('2025-06-01'),
    );
    expect(parsed.card).toMatchObject({
      type: 'resident',
      idNumber: '110105194912310021',
      name: '张三',
    });
    expect(parsed.findings.map((f) => f.code)).toEqual(['checksum-mismatch']);
    expect(parsed.findings[0]?.text['zh-CN']).toContain('校验位');
    expect(parsed.findings[0]?.text.en).toContain('check digit');
  });

  it('reports a birth date that differs from the one in the ID number', () => {
    expect(findingsOf({ ...RESIDENT, 36: '19491230' })).toEqual([
      { code: 'birth-date-mismatch', severity: 'error', field: 'birthDate' },
    ]);
  });

  it('reports a gender that contradicts the sequence digit', () => {
    expect(findingsOf({ ...RESIDENT, 30: '1' })).toEqual([
      { code: 'gender-digit-mismatch', severity: 'error', field: 'gender' },
    ]);
  });

  it('reports a malformed ID number without checking it further', () => {
    expect(findingsOf({ ...RESIDENT, 122: '1101051949' })).toEqual([
      { code: 'id-number-malformed', severity: 'error', field: 'idNumber' },
    ]);
  });

  it.each([
    ['2025-12-31', []],
    ['2026-01-01', []],
    ['2026-01-02', ['expired']],
  ])('judges a card valid to 2026-01-01 on %s (China time)', (day, codes) => {
    expect(findingsOf(RESIDENT, chinaNoon(day)).map((f) => f.code)).toEqual(codes);
  });

  it('uses the China day, not the UTC day, at the boundary', () => {
    // 2026-01-01T16:00Z is already 2026-01-02 00:00 in China.
    expect(findingsOf(RESIDENT, new Date('2026-01-01T15:59:59.999Z'))).toEqual([]);
    expect(findingsOf(RESIDENT, new Date('2026-01-01T16:00:00Z')).map((f) => f.code)).toEqual([
      'expired',
    ]);
  });

  it.each([
    ['2015-12-31', ['not-yet-valid']],
    ['2016-01-01', []],
  ])('judges the start of validity 2016-01-01 on %s', (day, codes) => {
    expect(findingsOf(RESIDENT, chinaNoon(day)).map((f) => f.code)).toEqual(codes);
  });

  it('never lets a 长期 card expire', () => {
    expect(findingsOf({ ...RESIDENT, 204: '长期' }, chinaNoon('2999-01-01'))).toEqual([]);
  });

  it('puts the expiry date in the text', () => {
    const [finding] = parseCard(textBlock(RESIDENT), chinaNoon('2027-01-01')).findings;
    expect(finding?.text.en).toBe('The card expired on 2026-01-01. Ask for a valid card.');
  });

  it.each(['20260230', '2026011', 'ABCDEFGH', '20261301'])(
    'reports the impossible date %j',
    (raw) => {
      const parsed = parseCard(textBlock({ ...RESIDENT, 204: raw }), chinaNoon('2025-06-01'));
      expect(parsed.card.validTo).toEqual({ kind: 'invalid', raw });
      expect(parsed.findings.map((f) => [f.code, f.field])).toEqual([['invalid-date', 'validTo']]);
      expect(parsed.findings[0]?.text['zh-CN']).toBe(
        `有效期截止日期不是有效日期（卡上为“${raw}”）。请人工核对证件。`,
      );
    },
  );

  it('keeps an unknown nation code raw and warns', () => {
    const parsed = parseCard(textBlock({ ...RESIDENT, 32: '99' }), chinaNoon('2025-06-01'));
    expect(parsed.card).toMatchObject({ nation: { kind: 'unknown', raw: '99' } });
    expect(parsed.findings.map((f) => [f.code, f.severity])).toEqual([
      ['unknown-nation-code', 'warning'],
    ]);
  });

  it('keeps an unknown gender code raw and warns', () => {
    const parsed = parseCard(textBlock({ ...RESIDENT, 30: '5' }), chinaNoon('2025-06-01'));
    expect(parsed.card.gender).toEqual({ kind: 'unknown', raw: '5' });
    expect(parsed.findings.map((f) => f.code)).toEqual(['unknown-gender-code']);
  });

  it('reads an unknown card-type flag as a resident card and warns', () => {
    const parsed = parseCard(textBlock({ ...RESIDENT, 248: 'Q' }), chinaNoon('2025-06-01'));
    expect(parsed.card.type).toBe('resident');
    expect(parsed.findings.map((f) => [f.code, f.field])).toEqual([
      ['unknown-card-flag', 'cardTypeFlag'],
    ]);
  });

  it('reports every empty required field of a blank block', () => {
    expect(findingsOf({}).map((f) => f.field)).toEqual([
      'name',
      'address',
      'idNumber',
      'issuingAuthority',
      'nation',
      'gender',
      'birthDate',
      'validFrom',
      'validTo',
    ]);
    expect(findingsOf({}).every((f) => f.code === 'empty-field')).toBe(true);
  });

  it('reports a permit whose ID number is not from Hong Kong, Macao or Taiwan', () => {
    const permit = { ...RESIDENT, 32: '', 220: 'H12345678', 238: '01', 248: 'J' };
    expect(findingsOf(permit).map((f) => f.code)).toEqual(['region-mismatch']);
    expect(parseCard(textBlock(permit), chinaNoon('2025-06-01')).card).toMatchObject({
      region: 'unknown',
    });
  });

  it('reports a resident card carrying a permit number', () => {
    expect(
      findingsOf({ ...RESIDENT, 36: '19900101', 122: '810000199001011230', 30: '1' }).map(
        (f) => f.code,
      ),
    ).toEqual(['region-mismatch']);
  });

  it('checks a 2023 card number against GB 11643 and the 9 prefix', () => {
    const card = {
      30: '1',
      36: '19800101',
      52: 'LEE MIN',
      122: '933156198001010011',
      188: '20231201',
      204: '20331201',
      242: 'KOR',
      248: 'Y',
    };
    expect(findingsOf(card)).toEqual([]);
    expect(
      findingsOf({ ...card, 122: '110101200001010010', 36: '20000101' }).map((f) => f.code),
    ).toEqual(['region-mismatch']);
    expect(findingsOf({ ...card, 122: '933156198001010012' }).map((f) => f.code)).toEqual([
      'checksum-mismatch',
    ]);
  });

  describe('2017 foreign permanent resident cards', () => {
    const card = {
      0: 'SMITH, JOHN',
      120: '1',
      122: 'USA110000000004',
      152: 'USA',
      188: '20180301',
      204: '20280301',
      220: '19800101',
      248: 'I',
    };

    it('accepts a PR number that passes the presumed check', () => {
      expect(findingsOf(card)).toEqual([]);
    });

    it('only warns, saying the rule is unverified, when the presumed check fails', () => {
      const [finding, ...rest] = parseCard(
        textBlock({ ...card, 122: 'USA110000000005' }),
        chinaNoon('2025-06-01'),
      ).findings;
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({
        code: 'pr-number-check-mismatch',
        severity: 'warning',
        field: 'prNumber',
      });
      expect(finding?.text.en).toContain('unverified');
      expect(finding?.text['zh-CN']).toContain('未经证实');
    });

    it('reports a PR number whose letters differ from the nationality', () => {
      expect(findingsOf({ ...card, 152: 'CAN' }).map((f) => f.code)).toEqual([
        'nationality-mismatch',
      ]);
    });

    it('reports a malformed PR number', () => {
      expect(findingsOf({ ...card, 122: 'USA1100' }).map((f) => f.code)).toEqual([
        'pr-number-malformed',
      ]);
    });
  });

  it('throws the typed length error for a block that is not 256 bytes', () => {
    const error = (() => {
      try {
        parseCard(new Uint8Array(255), new Date());
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CardTextLengthError);
    expect(error).toMatchObject({ code: 'card-text-length', actualBytes: 255, retryable: true });
  });

  it('turns any 256 random bytes into a card, and any other length into the typed error only', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 0, maxLength: 300 }),
        fc.date({ noInvalidDate: true }),
        (bytes, now) => {
          try {
            const parsed = parseCard(bytes, now);
            expect(bytes.length).toBe(256);
            expect([
              'resident',
              'residence-permit',
              'foreign-permanent-2017',
              'foreign-permanent-2023',
            ]).toContain(parsed.card.type);
          } catch (error) {
            expect(error).toBeInstanceOf(CardTextLengthError);
            expect(bytes.length).not.toBe(256);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('parses 256 random bytes with each known flag', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 256, maxLength: 256 }),
        fc.constantFrom('J', 'I', 'Y'),
        (bytes, flag) => {
          bytes.set(Buffer.from(flag, 'utf16le'), 248);
          expect(parseCard(bytes, new Date()).card.type).not.toBe('resident');
        },
      ),
    );
  });
});
