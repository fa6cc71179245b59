import type { PermitRegion, ResidencePermitCard } from './card';
import type { FieldReader, TextLayout } from './card-text-fields';
import { commonFieldTexts, readCommonFields } from './common-fields';
import { CITIZEN_SLOTS } from './resident';

type PermitField = Exclude<keyof ResidencePermitCard, 'type' | 'region'>;

/** Text layout of the HK/Macao/Taiwan residence permit (flag `J`; 32-35, 242-247, 250-255 reserved). */
export const RESIDENCE_PERMIT_LAYOUT: TextLayout<PermitField> = {
  ...CITIZEN_SLOTS,
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
    ...readCommonFields(fields),
    name: fields.text('name'),
    address: fields.text('address'),
    idNumber,
    issuingAuthority: fields.text('issuingAuthority'),
    passNumber: fields.text('passNumber'),
    issueCount: fields.text('issueCount'),
    region: permitRegion(idNumber),
  };
}

/** The text fields of a residence permit, ready to be written (the region follows the ID number). */
export function residencePermitFields(card: ResidencePermitCard): Record<PermitField, string> {
  return { ...card, ...commonFieldTexts(card) };
}
