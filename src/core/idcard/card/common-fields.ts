import type { CardCommon } from './card';
import { cardDateText, parseCardDate, parseValidityEnd } from './card-date';
import type { FieldReader } from './card-text-fields';
import { genderText, parseGender } from './gender';

/** Names of the fields every layout has. */
export type CommonField = keyof CardCommon;

/** Reads gender, birth date and validity, which every layout stores the same way. */
export function readCommonFields(fields: FieldReader<CommonField>): CardCommon {
  return {
    gender: parseGender(fields.text('gender')),
    birthDate: parseCardDate(fields.text('birthDate')),
    validFrom: parseCardDate(fields.text('validFrom')),
    validTo: parseValidityEnd(fields.text('validTo')),
  };
}

/** The texts of gender, birth date and validity as the card stores them. */
export function commonFieldTexts(card: CardCommon): Record<CommonField, string> {
  return {
    gender: genderText(card.gender),
    birthDate: cardDateText(card.birthDate),
    validFrom: cardDateText(card.validFrom),
    validTo: cardDateText(card.validTo),
  };
}
