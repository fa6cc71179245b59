import type { ResidentIdCard } from './card';
import { cardDateText, parseCardDate, parseValidityEnd } from './card-date';
import type { FieldReader, TextLayout } from './card-text-fields';
import { genderText, parseGender } from './gender';
import { nationFromCode, nationToCode } from './nation-codes';

type ResidentField = Exclude<keyof ResidentIdCard, 'type'>;

/** Text layout of the resident ID card (bytes 220-255 reserved, flag 248 a space). */
export const RESIDENT_LAYOUT: TextLayout<ResidentField> = {
  name: { offset: 0, sizeBytes: 30 },
  gender: { offset: 30, sizeBytes: 2 },
  nation: { offset: 32, sizeBytes: 4 },
  birthDate: { offset: 36, sizeBytes: 16 },
  address: { offset: 52, sizeBytes: 70 },
  idNumber: { offset: 122, sizeBytes: 36 },
  issuingAuthority: { offset: 158, sizeBytes: 30 },
  validFrom: { offset: 188, sizeBytes: 16 },
  validTo: { offset: 204, sizeBytes: 16 },
};

/** Builds a resident ID card from its text fields. */
export function readResident(fields: FieldReader<ResidentField>): ResidentIdCard {
  return {
    type: 'resident',
    name: fields.text('name'),
    gender: parseGender(fields.text('gender')),
    nation: nationFromCode(fields.text('nation')),
    birthDate: parseCardDate(fields.text('birthDate')),
    address: fields.text('address'),
    idNumber: fields.text('idNumber'),
    issuingAuthority: fields.text('issuingAuthority'),
    validFrom: parseCardDate(fields.text('validFrom')),
    validTo: parseValidityEnd(fields.text('validTo')),
  };
}

/** The text fields of a resident ID card, ready to be written. */
export function residentFields(card: ResidentIdCard): Record<ResidentField, string> {
  return {
    ...card,
    gender: genderText(card.gender),
    nation: nationToCode(card.nation),
    birthDate: cardDateText(card.birthDate),
    validFrom: cardDateText(card.validFrom),
    validTo: cardDateText(card.validTo),
  };
}
