import {
  CARD_FIELD_LABELS,
  CARD_MESSAGES,
  type CardFieldLabelKey,
  type CardMessageKey,
} from '../../../shared/i18n/catalog-card';
import { fillTemplate, LOCALES, type LocalizedText } from '../../../shared/i18n/locale';
import type { CardFindingCode } from '../../../shared/kiosk-api/card-checks';
import type { CardFieldName } from './card';

/** `error`: the card should not be accepted as is; `warning`: unusual, worth a look, may be fine. */
type CardFindingSeverity = 'error' | 'warning';

/** One finding about a card, for the operator console and the record. */
export interface CardFinding {
  readonly code: CardFindingCode;
  readonly severity: CardFindingSeverity;
  readonly field: CardFieldName;
  readonly text: LocalizedText;
}

const RULES: { readonly [C in CardFindingCode]: readonly [CardFindingSeverity, CardMessageKey] } = {
  'checksum-mismatch': ['error', 'checksumMismatch'],
  'id-number-malformed': ['error', 'idNumberMalformed'],
  'birth-date-mismatch': ['error', 'birthDateMismatch'],
  'gender-digit-mismatch': ['error', 'genderDigitMismatch'],
  expired: ['error', 'expired'],
  'not-yet-valid': ['error', 'notYetValid'],
  'invalid-date': ['error', 'invalidDate'],
  'unknown-nation-code': ['warning', 'unknownNationCode'],
  'unknown-gender-code': ['warning', 'unknownGenderCode'],
  'unknown-card-flag': ['warning', 'unknownCardFlag'],
  'empty-field': ['error', 'emptyField'],
  'region-mismatch': ['error', 'regionMismatch'],
  'pr-number-malformed': ['error', 'prNumberMalformed'],
  // The check-digit rule is unverified, so a mismatch must not make the card look forged.
  'pr-number-check-mismatch': ['warning', 'prNumberCheckMismatch'],
  'nationality-mismatch': ['error', 'nationalityMismatch'],
};

/** Builds a finding; `{field}` in its text becomes the field's label in each language. */
export function cardFinding(
  code: CardFindingCode,
  field: CardFieldName,
  params: Readonly<Record<string, string>> = {},
): CardFinding {
  const [severity, key] = RULES[code];
  const label = CARD_FIELD_LABELS[field satisfies CardFieldLabelKey];
  const text = Object.fromEntries(
    LOCALES.map((locale) => [
      locale,
      fillTemplate(CARD_MESSAGES[key][locale], { ...params, field: label[locale] }),
    ]),
  ) as Record<(typeof LOCALES)[number], string>;
  return { code, severity, field, text };
}
