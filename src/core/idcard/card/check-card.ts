import { assertNever } from '../../../shared/result';
import type { Card, CardFieldName, Gender, Nation } from './card';
import { checkCardDates } from './check-card-dates';
import { checkIdNumber, checkPrNumber } from './check-id-number';
import { cardFinding, type CardFinding } from './card-finding';
import { permitRegion } from './residence-permit';

const isPermitRegion = (region: string) => permitRegion(region) !== 'unknown';

function emptyFields<C extends Card>(
  card: C,
  fields: readonly (keyof C & CardFieldName)[],
): CardFinding[] {
  return fields
    .filter((field) => card[field] === '')
    .map((field) => cardFinding('empty-field', field));
}

/** A coded field: empty, or a code its table lacks (kept raw), is a finding. */
function codeFindings(
  field: 'gender' | 'nation',
  value: Gender | Nation,
  unknownCode: 'unknown-gender-code' | 'unknown-nation-code',
): CardFinding[] {
  if (value.kind === 'known') return [];
  return [
    value.raw === ''
      ? cardFinding('empty-field', field)
      : cardFinding(unknownCode, field, { raw: value.raw }),
  ];
}

function typeFindings(card: Card): CardFinding[] {
  switch (card.type) {
    case 'resident':
      return [
        ...emptyFields(card, ['name', 'address', 'idNumber', 'issuingAuthority']),
        ...codeFindings('nation', card.nation, 'unknown-nation-code'),
        // Permit and foreign-resident prefixes never appear on a resident card.
        ...checkIdNumber({
          ...card,
          regionFits: (region) => !isPermitRegion(region) && !region.startsWith('9'),
        }),
      ];
    case 'residence-permit':
      return [
        ...emptyFields(card, ['name', 'address', 'idNumber', 'issuingAuthority', 'passNumber']),
        ...checkIdNumber({ ...card, regionFits: isPermitRegion }),
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
  return [
    ...typeFindings(card),
    ...codeFindings('gender', card.gender, 'unknown-gender-code'),
    ...checkCardDates(card, now),
  ];
}
