import type { PermitRegion, ResidencePermitCard } from './card';
import { cardDateText, parseCardDate, parseValidityEnd } from './card-date';
import type { FieldReader, TextLayout } from './card-text-fields';
import { genderText, parseGender } from './gender';

type PermitField = Exclude<keyof ResidencePermitCard, 'type' | 'region'>;

/** Text layout of the HK/Macao/Taiwan residence permit (flag `J`; 32-35, 242-247, 250-255 reserved). */
export const RESIDENCE_PERMIT_LAYOUT: TextLayout<PermitField> = {
  name: { offset: 0, sizeBytes: 30 },
  gender: { offset: 30, sizeBytes: 2 },
  birthDate: { offset: 36, sizeBytes: 16 },
  address: { offset: 52, sizeBytes: 70 },
  idNumber: { offset: 122, sizeBytes: 36 },
  issuingAuthority: { offset: 158, sizeBytes: 30 },
  validFrom: { offset: 188, sizeBytes: 16 },
  validTo: { offset: 204, sizeBytes: 16 },
  passNumber: { offset: 220, sizeBytes: 18 },
  issueCount: { offset: 238, sizeBytes: 4 },
};

const REGION_PREFIXES: readonly (readonly [string, PermitRegion])[] = [
  ['810000', 'HK'],
  ['820000', 'MO'],
  ['830000', 'TW'],
];

/** The region a permit's ID number belongs to, from its 810000/820000/830000 prefix. */
export function permitRegion(idNumber: string): PermitRegion {
  return REGION_PREFIXES.find(([prefix]) => idNumber.startsWith(prefix))?.[1] ?? 'unknown';
}

/** Builds a residence permit from its text fields. */
export function readResidencePermit(fields: FieldReader<PermitField>): ResidencePermitCard {
  const idNumber = fields.text('idNumber');
  return {
    type: 'residence-permit',
    name: fields.text('name'),
    gender: parseGender(fields.text('gender')),
    birthDate: parseCardDate(fields.text('birthDate')),
    address: fields.text('address'),
    idNumber,
    issuingAuthority: fields.text('issuingAuthority'),
    validFrom: parseCardDate(fields.text('validFrom')),
    validTo: parseValidityEnd(fields.text('validTo')),
    passNumber: fields.text('passNumber'),
    issueCount: fields.text('issueCount'),
    region: permitRegion(idNumber),
  };
}

/** The text fields of a residence permit, ready to be written (the region follows the ID number). */
export function residencePermitFields(card: ResidencePermitCard): Record<PermitField, string> {
  return {
    ...card,
    gender: genderText(card.gender),
    birthDate: cardDateText(card.birthDate),
    validFrom: cardDateText(card.validFrom),
    validTo: cardDateText(card.validTo),
  };
}
