import { describe, expect, it } from 'vitest';
import { gb11643CheckChar, parseIdNumber } from '../../../../src/core/idcard/card/id-number';
import { maskIdNumber } from '../../../../src/core/idcard/card/mask-id-number';
import { parsePrNumber, presumedPrCheckDigit } from '../../../../src/core/idcard/card/pr-number';

describe('GB 11643 ID numbers', () => {
  it.each([
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
    ['81000019900101123', '0'],
    ['93315619800101001', '1'],
  ])('computes the check character of %s as %s', (first17, check) => {
    expect(gb11643CheckChar(first17)).toBe(check);
  });

  it('splits the standard example 11010519491231002X into its parts', () => {
    expect(parseIdNumber('11010519491231002X')).toEqual({
      region: '110105',
      birthDigits: '19491231',
      sequence: '002',
      genderCode: '2',
      checkChar: 'X',
      checksumValid: true,
    });
  });

  it('reads an odd sequence as male (440524188001010014)', () => {
    expect(parseIdNumber('440524188001010014')).toMatchObject({
      genderCode: '1',
      checksumValid: true,
    });
  });

  it('flags a wrong check character', () => {
    expect(parseIdNumber('110105194912310021')?.checksumValid).toBe(false);
    expect(parseIdNumber('440524188001010015')?.checksumValid).toBe(false);
  });

  it.each([
    '',
    '11010519491231002',
    '11010519491231002x',
    '1101051949123100XX',
    '11010519491231002X0',
    '１１0105194912310021',
  ])('rejects the malformed number %j', (idNumber) => {
    expect(parseIdNumber(idNumber)).toBeNull();
  });

  it('refuses to compute a check character from anything but 17 digits', () => {
    expect(() => gb11643CheckChar('1101051949123100')).toThrow(RangeError);
  });
});

describe('2017 foreign permanent resident numbers (presumed 7-3-1 check, unverified)', () => {
  it('computes the presumed check digit with letters A=10 … Z=35', () => {
    // U=30·7 + S=28·3 + A=10·1 + 1·7 + 1·3 = 314 → 4
    expect(presumedPrCheckDigit('USA11000000000')).toBe('4');
    expect(presumedPrCheckDigit('CAN31006508150')).toBe('4');
  });

  it('splits a PR number and reports whether the presumed check holds', () => {
    expect(parsePrNumber('USA110000000004')).toEqual({
      nationality: 'USA',
      digits: '110000000004',
      presumedCheckValid: true,
    });
    expect(parsePrNumber('USA110000000005')?.presumedCheckValid).toBe(false);
  });

  it.each(['USA11000000000', 'usa110000000004', 'US1110000000004', 'USA11000000000X'])(
    'rejects the malformed %j',
    (pr) => {
      expect(parsePrNumber(pr)).toBeNull();
    },
  );
});

describe('masking ID numbers for screens', () => {
  it.each([
    ['11010519491231002X', '1101**********002X'],
    ['USA110000000004', 'USA*********004'],
    ['H12345678', 'H1*****78'],
    ['123', '***'],
    ['', ''],
  ])('masks %j as %j', (idNumber, masked) => {
    expect(maskIdNumber(idNumber)).toBe(masked);
  });

  it('hides at least half of any number', () => {
    for (let length = 0; length <= 40; length += 1) {
      const masked = maskIdNumber('7'.repeat(length));
      expect(masked).toHaveLength(length);
      expect([...masked].filter((c) => c === '*').length).toBeGreaterThanOrEqual(length / 2);
    }
  });
});
