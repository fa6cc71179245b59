import type { ForeignPermanent2017Card } from './card';
import type { FieldReader, TextLayout } from './card-text-fields';
import { commonFieldTexts, readCommonFields } from './common-fields';

type Fpr2017Field = Exclude<keyof ForeignPermanent2017Card, 'type'>;

/** Text layout of the 2017 foreign permanent resident ID (flag `I`; 250-255 reserved). */
export const FOREIGN_PERMANENT_2017_LAYOUT: TextLayout<Fpr2017Field> = {
  englishName: { offset: 0, sizeBytes: 120 },
  gender: { offset: 120, sizeBytes: 2 },
  prNumber: { offset: 122, sizeBytes: 30 },
  nationality: { offset: 152, sizeBytes: 6 },
  chineseName: { offset: 158, sizeBytes: 30 },
  validFrom: { offset: 188, sizeBytes: 16 },
  validTo: { offset: 204, sizeBytes: 16 },
  birthDate: { offset: 220, sizeBytes: 16 },
  cardVersion: { offset: 236, sizeBytes: 4 },
  acceptingAuthorityCode: { offset: 240, sizeBytes: 8 },
};

/** Builds a 2017 foreign permanent resident ID from its text fields. */
export function readForeignPermanent2017(
  fields: FieldReader<Fpr2017Field>,
): ForeignPermanent2017Card {
  return {
    type: 'foreign-permanent-2017',
    ...readCommonFields(fields),
    englishName: fields.text('englishName'),
    prNumber: fields.text('prNumber'),
    nationality: fields.text('nationality'),
    chineseName: fields.text('chineseName'),
    cardVersion: fields.text('cardVersion'),
    acceptingAuthorityCode: fields.text('acceptingAuthorityCode'),
  };
}

/** The text fields of a 2017 foreign permanent resident ID, ready to be written. */
export function foreignPermanent2017Fields(
  card: ForeignPermanent2017Card,
): Record<Fpr2017Field, string> {
  return {
    ...card,
    ...commonFieldTexts(card),
  };
}
