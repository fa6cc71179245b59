import { describe, expect, it } from 'vitest';
import { parseCard } from '../../../../src/core/idcard/card/parse-card';
import { chinaNoon, textBlock } from './text-block';

const NOW = chinaNoon('2026-11-25');

describe('card text layouts, byte by byte', () => {
  it('reads every field of a resident ID card', () => {
    const text = textBlock({
      0: '张三',
      30: '2',
      32: '01',
      36: '19491231',
      52: '北京市东城区景山前街4号',
      122: '11010519491231002X',
      158: '北京市公安局东城分局',
      188: '20150101',
      204: '长期',
    });
    const { card, findings } = parseCard(text, NOW);
    expect(card).toEqual({
      type: 'resident',
      name: '张三',
      gender: { kind: 'known', code: '2', label: { 'zh-CN': '女', en: 'female' } },
      nation: { kind: 'known', code: '01', name: '汉' },
      birthDate: { kind: 'date', iso: '1949-12-31' },
      address: '北京市东城区景山前街4号',
      idNumber: '11010519491231002X',
      issuingAuthority: '北京市公安局东城分局',
      validFrom: { kind: 'date', iso: '2015-01-01' },
      validTo: { kind: 'long-term' },
    });
    expect(findings).toEqual([]);
  });

  it('reads 长期 from its exact bytes 7F 95 1F 67', () => {
    const text = textBlock({
      0: '李四',
      30: '1',
      32: '01',
      36: '18800101',
      52: '广东',
      122: '440524188001010014',
      158: '公安局',
      188: '20100101',
    });
    text.set([0x7f, 0x95, 0x1f, 0x67], 204);
    expect(parseCard(text, NOW).card.validTo).toEqual({ kind: 'long-term' });
  });

  it('reads every field of a Hong Kong residence permit (flag J at byte 248)', () => {
    const text = textBlock({
      0: '陈大文',
      30: '1',
      36: '19900101',
      52: '广东省深圳市福田区',
      122: '810000199001011230',
      158: '深圳市公安局',
      188: '20200101',
      204: '20250101',
      220: 'H12345678',
      238: '01',
      248: 'J',
    });
    expect(parseCard(text, chinaNoon('2024-06-01'))).toEqual({
      card: {
        type: 'residence-permit',
        name: '陈大文',
        gender: { kind: 'known', code: '1', label: { 'zh-CN': '男', en: 'male' } },
        birthDate: { kind: 'date', iso: '1990-01-01' },
        address: '广东省深圳市福田区',
        idNumber: '810000199001011230',
        issuingAuthority: '深圳市公安局',
        validFrom: { kind: 'date', iso: '2020-01-01' },
        validTo: { kind: 'date', iso: '2025-01-01' },
        passNumber: 'H12345678',
        issueCount: '01',
        region: 'HK',
      },
      findings: [],
    });
  });

  it.each([
    ['820000198505200024', 'MO'],
    ['830000200002290058', 'TW'],
  ])('derives the permit region from the ID prefix of %s', (idNumber, region) => {
    const text = textBlock({
      0: '王',
      30: '2',
      36: idNumber.slice(6, 14),
      122: idNumber,
      248: 'J',
    });
    expect(parseCard(text, NOW).card).toMatchObject({ type: 'residence-permit', region });
  });

  it('reads every field of a 2017 foreign permanent resident ID (flag I)', () => {
    const text = textBlock({
      0: 'SMITH, JOHN',
      120: '1',
      122: 'USA110000000004',
      152: 'USA',
      158: '史密斯',
      188: '20180301',
      204: '20280301',
      220: '19800101',
      236: '01',
      240: '1100',
      248: 'I',
    });
    expect(parseCard(text, NOW)).toEqual({
      card: {
        type: 'foreign-permanent-2017',
        englishName: 'SMITH, JOHN',
        gender: { kind: 'known', code: '1', label: { 'zh-CN': '男', en: 'male' } },
        prNumber: 'USA110000000004',
        nationality: 'USA',
        chineseName: '史密斯',
        validFrom: { kind: 'date', iso: '2018-03-01' },
        validTo: { kind: 'date', iso: '2028-03-01' },
        birthDate: { kind: 'date', iso: '1980-01-01' },
        cardVersion: '01',
        acceptingAuthorityCode: '1100',
      },
      findings: [],
    });
  });

  it('reads every field of a 2023 foreign permanent resident ID (flag Y), joining a long English name', () => {
    const part1 = 'MONTGOMERY-WORTHINGTON ALEXANDRA JO';
    expect(part1).toHaveLength(35);
    const text = textBlock({
      0: '蒙哥马利',
      30: '2',
      32: '00',
      36: '19800101',
      52: part1,
      122: '933156198001010011',
      188: '20231201',
      204: '20331201',
      220: 'SEPHINE',
      242: 'GBR',
      248: 'Y',
      250: '123',
    });
    expect(parseCard(text, NOW)).toEqual({
      card: {
        type: 'foreign-permanent-2023',
        chineseName: '蒙哥马利',
        gender: { kind: 'known', code: '2', label: { 'zh-CN': '女', en: 'female' } },
        renewalCount: '00',
        birthDate: { kind: 'date', iso: '1980-01-01' },
        englishName: 'MONTGOMERY-WORTHINGTON ALEXANDRA JOSEPHINE',
        idNumber: '933156198001010011',
        validFrom: { kind: 'date', iso: '2023-12-01' },
        validTo: { kind: 'date', iso: '2033-12-01' },
        nationality: 'GBR',
        previousPrNumberLink: '123',
      },
      findings: [
        // 933156198001010011 has an odd sequence digit (001): the male digit on a female card.
        expect.objectContaining({ code: 'gender-digit-mismatch', field: 'gender' }),
      ],
    });
  });

  it('reads a short 2023 English name from part 1 alone', () => {
    const text = textBlock({ 52: 'LEE MIN', 248: 'Y' });
    expect(parseCard(text, NOW).card).toMatchObject({ englishName: 'LEE MIN' });
  });

  it('trims only U+0020 padding, keeping other blanks as content', () => {
    const text = textBlock({ 0: '\u3000赵\u3000', 248: ' ' });
    expect(parseCard(text, NOW).card).toMatchObject({ type: 'resident', name: '\u3000赵\u3000' });
  });
});
