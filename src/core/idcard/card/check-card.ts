import { assertNever } from '../../../shared/result';
import type { Card, CardFieldName, Gender, Nation } from './card';
import { checkCardDates } from './check-card-dates';
import { checkIdNumber, checkPrNumber } from './check-id-number';
import { cardFinding, type CardFinding } from './card-finding';

const PERMIT_REGIONS = new Set(['810000', '820000', '830000']);

function emptyFields<C extends Card>(
  card: C,
  fields: readonly (keyof C & CardFieldName)[],
): CardFinding[] {
  return fields
    .filter((field) => card[field] === '')
    .map((field) => cardFinding('empty-field', field));
}

function genderFindings(gender: Gender): CardFinding[] {
  if (gender.kind === 'known') return [];
  return [
    gender.raw === ''
      ? cardFinding('empty-field', 'gender')
      : cardFinding('unknown-gender-code', 'gender', { raw: gender.raw }),
  ];
}

function nationFindings(nation: Nation): CardFinding[] {
  if (nation.kind === 'known') return [];
  return [
    nation.raw === ''
      ? cardFinding('empty-field', 'nation')
      : cardFinding('unknown-nation-code', 'nation', { raw: nation.raw }),
  ];
}

function typeFindings(card: Card): CardFinding[] {
  switch (card.type) {
    case 'resident':
      return [
        ...emptyFields(card, ['name', 'address', 'idNumber', 'issuingAuthority']),
        ...nationFindings(card.nation),
        // Permit and foreign-resident prefixes never appear on a resident card.
        ...checkIdNumber({
          ...card,
          regionFits: (region) => !PERMIT_REGIONS.has(region) && !region.startsWith('9'),
        }),
      ];
    case 'residence-permit':
      return [
        ...emptyFields(card, ['name', 'address', 'idNumber', 'issuingAuthority', 'passNumber']),
        ...checkIdNumber({ ...card, regionFits: (region) => PERMIT_REGIONS.has(region) }),
      ];
    case 'foreign-permanent-2017':
      return [
        ...emptyFields(card, ['englishName', 'prNumber', 'nationality']),
        ...checkPrNumber(card),
      ];
    case 'foreign-permanent-2023':
      return [
        ...emptyFields(card, ['englishName', 'idNumber', 'nationality']),
        ...checkIdNumber({ ...card, regionFits: (region) => region.startsWith('9') }),
      ];
    default:
      return assertNever(card, 'card type');
  }
}

/** Every finding about a card's content, with validity judged against `now`. */
export function checkCard(card: Card, now: Date): CardFinding[] {
  return [...typeFindings(card), ...genderFindings(card.gender), ...checkCardDates(card, now)];
}
