import { describe, expect, it } from 'vitest';
import { genderOf, parseGender } from '../../../../src/core/idcard/card/gender';
import { NATION_CODES, nationFromCode } from '../../../../src/core/idcard/card/nation-codes';

describe('GB 3304 nation codes', () => {
  it('knows the 56 nations plus 97 and 98', () => {
    expect(NATION_CODES).toHaveLength(58);
    expect(NATION_CODES.slice(0, 2)).toEqual(['01', '02']);
    expect(NATION_CODES.slice(-3)).toEqual(['56', '97', '98']);
  });

  it.each([
    ['01', '汉'],
    ['05', '维吾尔'],
    ['29', '柯尔克孜'],
    ['46', '德昂'],
    ['56', '基诺'],
    ['97', '其他'],
    ['98', '外国血统中国籍人士'],
  ])('names code %s %s', (code, name) => {
    expect(nationFromCode(code)).toEqual({ kind: 'known', code, name });
  });

  it.each(['00', '57', '99', '1', 'AB'])('keeps the unknown code %j raw', (raw) => {
    expect(nationFromCode(raw)).toEqual({ kind: 'unknown', raw });
  });
});

describe('GB/T 2261.1 gender codes', () => {
  it.each([
    ['0', '未知的性别', 'unknown'],
    ['1', '男', 'male'],
    ['2', '女', 'female'],
    ['9', '未说明的性别', 'unspecified'],
  ] as const)('labels %s as %s / %s', (code, zh, en) => {
    expect(parseGender(code)).toEqual({ kind: 'known', code, label: { 'zh-CN': zh, en } });
    expect(genderOf(code)).toEqual(parseGender(code));
  });

  it.each(['3', 'M', ''])('keeps the unknown code %j raw', (raw) => {
    expect(parseGender(raw)).toEqual({ kind: 'unknown', raw });
  });
});
