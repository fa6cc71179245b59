import type { ResidentIdCard } from './card';
import type { FieldReader, TextLayout } from './card-text-fields';
import { commonFieldTexts, readCommonFields } from './common-fields';
import { nationFromCode, nationToCode } from './nation-codes';

type ResidentField = Exclude<keyof ResidentIdCard, 'type'>;

/** Slots the resident card and the residence permit share (the permit leaves 32-35 reserved). */
export const CITIZEN_SLOTS: TextLayout<Exclude<ResidentField, 'nation'>> = {
  name: { offset: 0, sizeBytes: 30 },
  gender: { offset: 30, sizeBytes: 2 },
  birthDate: { offset: 36, sizeBytes: 16 },
  address: { offset: 52, sizeBytes: 70 },
  idNumber: { offset: 122, sizeBytes: 36 },
  issuingAuthority: { offset: 158, sizeBytes: 30 },
  validFrom: { offset: 188, sizeBytes: 16 },
  validTo: { offset: 204, sizeBytes: 16 },
};

/** Text layout of the resident ID card (bytes 220-255 reserved, flag 248 a space). */
export const RESIDENT_LAYOUT: TextLayout<ResidentField> = {
  ...CITIZEN_SLOTS,
  nation: { offset: 32, sizeBytes: 4 },
};

/** Builds a resident ID card from its text fields. */
export function readResident(fields: FieldReader<ResidentField>): ResidentIdCard {
  return {
    type: 'resident',
    ...readCommonFields(fields),
    name: fields.text('name'),
    nation: nationFromCode(fields.text('nation')),
    address: fields.text('address'),
    idNumber: fields.text('idNumber'),
    issuingAuthority: fields.text('issuingAuthority'),
  };
}

/** The text fields of a resident ID card, ready to be written. */
export function residentFields(card: ResidentIdCard): Record<ResidentField, string> {
  return { ...card, ...commonFieldTexts(card), nation: nationToCode(card.nation) };
}
