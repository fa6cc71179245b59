import { GENDER_LABELS, type GenderLabelKey } from '../../../shared/i18n/catalog-card';
import type { Gender, GenderCode } from './card';

const LABEL_KEYS: { readonly [C in GenderCode]: GenderLabelKey } = {
  '0': 'genderUnknown',
  '1': 'genderMale',
  '2': 'genderFemale',
  '9': 'genderUnspecified',
};

/** A known gender with its label, for building cards. */
export function genderOf(code: GenderCode): Gender {
  return { kind: 'known', code, label: GENDER_LABELS[LABEL_KEYS[code]] };
}

/** Reads the one-character GB/T 2261.1 gender field; unknown codes are kept raw. */
export function parseGender(raw: string): Gender {
  return Object.hasOwn(LABEL_KEYS, raw) ? genderOf(raw as GenderCode) : { kind: 'unknown', raw };
}

/** The code a gender field holds on the card. */
export function genderText(gender: Gender): string {
  return gender.kind === 'known' ? gender.code : gender.raw;
}
