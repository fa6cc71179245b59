import fc from 'fast-check';
import type {
  Card,
  CardDate,
  Gender,
  Nation,
  ValidityEnd,
} from '../../../../src/core/idcard/card/card';
import { genderOf } from '../../../../src/core/idcard/card/gender';
import { NATION_CODES, nationFromCode } from '../../../../src/core/idcard/card/nation-codes';

// Any BMP character except surrogates, with inner spaces now and then; never space-padded.
const char = fc.oneof(
  { weight: 1, arbitrary: fc.constant(' ') },
  {
    weight: 6,
    arbitrary: fc.integer({ min: 0x21, max: 0xd7ff }).map((code) => String.fromCharCode(code)),
  },
);

/** Field text of at most `maxChars` UTF-16 units, without leading or trailing spaces. */
export const fieldText = (maxChars: number) =>
  fc
    .array(char, { maxLength: maxChars })
    .map((chars) => chars.join(''))
    .filter((text) => !text.startsWith(' ') && !text.endsWith(' '));

const isoDate = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

// Text that is not 8 digits, or 8 digits naming no real day.
const invalidDateRaw = fc.oneof(
  fieldText(8).filter((raw) => raw !== '长期' && !/^\d{8}$/.test(raw)),
  fc.constantFrom('20230229', '19991301', '20000000', '20210431', '18000230'),
);

const cardDate: fc.Arbitrary<CardDate> = fc.oneof(
  { weight: 4, arbitrary: isoDate.map((iso) => ({ kind: 'date' as const, iso })) },
  { weight: 1, arbitrary: invalidDateRaw.map((raw) => ({ kind: 'invalid' as const, raw })) },
);

const validityEnd: fc.Arbitrary<ValidityEnd> = fc.oneof(
  cardDate,
  fc.constant({ kind: 'long-term' as const }),
);

const gender: fc.Arbitrary<Gender> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('0', '1', '2', '9' as const).map(genderOf) },
  {
    weight: 1,
    arbitrary: fieldText(1)
      .filter((raw) => !['0', '1', '2', '9'].includes(raw))
      .map((raw) => ({ kind: 'unknown' as const, raw })),
  },
);

const nation: fc.Arbitrary<Nation> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NATION_CODES).map(nationFromCode) },
  {
    weight: 1,
    arbitrary: fieldText(2)
      .filter((raw) => !(NATION_CODES as readonly string[]).includes(raw))
      .map((raw) => ({ kind: 'unknown' as const, raw })),
  },
);

const common = { gender, birthDate: cardDate, validFrom: cardDate, validTo: validityEnd };

const PERMIT_PREFIXES = { '810000': 'HK', '820000': 'MO', '830000': 'TW' } as const;
const permitNumber = fc
  .tuple(
    fc.constantFrom('810000', '820000', '830000', '440524', '999999'),
    fc.stringMatching(/^\d{11}[\dX]$/),
  )
  .map(([prefix, rest]) => ({
    idNumber: prefix + rest,
    region: PERMIT_PREFIXES[prefix as keyof typeof PERMIT_PREFIXES] ?? 'unknown',
  }));

/** Any card of any of the four types whose values fit their slots. */
export const anyCard: fc.Arbitrary<Card> = fc.oneof(
  fc.record({
    type: fc.constant('resident' as const),
    ...common,
    name: fieldText(15),
    nation,
    address: fieldText(35),
    idNumber: fieldText(18),
    issuingAuthority: fieldText(15),
  }),
  fc
    .record({
      type: fc.constant('residence-permit' as const),
      ...common,
      name: fieldText(15),
      address: fieldText(35),
      permit: permitNumber,
      issuingAuthority: fieldText(15),
      passNumber: fieldText(9),
      issueCount: fieldText(2),
    })
    .map(({ permit, ...card }) => ({ ...card, ...permit })),
  fc.record({
    type: fc.constant('foreign-permanent-2017' as const),
    ...common,
    englishName: fieldText(60),
    chineseName: fieldText(15),
    prNumber: fieldText(15),
    nationality: fieldText(3),
    cardVersion: fieldText(2),
    acceptingAuthorityCode: fieldText(4),
  }),
  fc.record({
    type: fc.constant('foreign-permanent-2023' as const),
    ...common,
    chineseName: fieldText(15),
    englishName: fieldText(46),
    idNumber: fieldText(18),
    nationality: fieldText(3),
    renewalCount: fieldText(2),
    previousPrNumberLink: fieldText(3),
  }),
);
