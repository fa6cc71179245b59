import type { ForeignPermanent2023Card } from './card';
import { trimPadding, type FieldReader, type TextLayout } from './card-text-fields';
import { commonFieldTexts, readCommonFields } from './common-fields';

type Fpr2023Field =
  | Exclude<keyof ForeignPermanent2023Card, 'type' | 'englishName'>
  | 'englishNamePart1'
  | 'englishNamePart2';

/** Text layout of the 2023 foreign permanent resident ID (flag `Y`; 158-187 reserved). */
export const FOREIGN_PERMANENT_2023_LAYOUT: TextLayout<Fpr2023Field> = {
  chineseName: { offset: 0, sizeBytes: 30 },
  gender: { offset: 30, sizeBytes: 2 },
  renewalCount: { offset: 32, sizeBytes: 4 },
  birthDate: { offset: 36, sizeBytes: 16 },
  englishNamePart1: { offset: 52, sizeBytes: 70 },
  idNumber: { offset: 122, sizeBytes: 36 },
  validFrom: { offset: 188, sizeBytes: 16 },
  validTo: { offset: 204, sizeBytes: 16 },
  englishNamePart2: { offset: 220, sizeBytes: 22 },
  nationality: { offset: 242, sizeBytes: 6 },
  previousPrNumberLink: { offset: 250, sizeBytes: 6 },
};

const PART1_CHARS = FOREIGN_PERMANENT_2023_LAYOUT.englishNamePart1.sizeBytes / 2;

/** Builds a 2023 foreign permanent resident ID from its text fields. */
export function readForeignPermanent2023(
  fields: FieldReader<Fpr2023Field>,
): ForeignPermanent2023Card {
  return {
    type: 'foreign-permanent-2023',
    ...readCommonFields(fields),
    chineseName: fields.text('chineseName'),
    renewalCount: fields.text('renewalCount'),
    // A long name runs on from a full part 1 into part 2, so join before trimming.
    englishName: trimPadding(fields.raw('englishNamePart1') + fields.raw('englishNamePart2')),
    idNumber: fields.text('idNumber'),
    nationality: fields.text('nationality'),
    previousPrNumberLink: fields.text('previousPrNumberLink'),
  };
}

/** The text fields of a 2023 foreign permanent resident ID, the English name split over its two slots. */
export function foreignPermanent2023Fields(
  card: ForeignPermanent2023Card,
): Record<Fpr2023Field, string> {
  const { englishName, ...rest } = card;
  return {
    ...rest,
    ...commonFieldTexts(card),
    englishNamePart1: englishName.slice(0, PART1_CHARS),
    englishNamePart2: englishName.slice(PART1_CHARS),
  };
}
