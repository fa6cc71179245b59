import { z } from 'zod';
import { assertNever } from '../../../shared/result';
import type { Card } from '../card/card';
import { LONG_TERM_TEXT, parseCardDate, parseValidityEnd } from '../card/card-date';
import { genderOf } from '../card/gender';
import { nationFromCode } from '../card/nation-codes';
import { permitRegion } from '../card/residence-permit';

// Profile fields are written as the card holds them (YYYYMMDD dates, code digits), so a profile
// reads like the text block it becomes.
const date = z
  .string()
  .refine((raw) => parseCardDate(raw).kind === 'date', 'a real date as YYYYMMDD');
const validTo = z.union([z.literal(LONG_TERM_TEXT), date]);
const gender = z.enum(['1', '2']);
const common = { gender, birthDate: date, validFrom: date, validTo };

const cardSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('resident'),
    name: z.string().min(1),
    // Any two digits: a code GB 3304 lacks makes the profile that exercises unknown-nation-code.
    nation: z.string().regex(/^\d{2}$/, 'a two-digit GB 3304 nation code'),
    address: z.string().min(1),
    idNumber: z.string().regex(/^\d{17}[\dX]$/),
    issuingAuthority: z.string().min(1),
    ...common,
  }),
  z.strictObject({
    type: z.literal('residence-permit'),
    name: z.string().min(1),
    address: z.string().min(1),
    idNumber: z.string().regex(/^8[123]0000\d{11}[\dX]$/),
    issuingAuthority: z.string().min(1),
    passNumber: z.string().min(1),
    issueCount: z.string().regex(/^\d{2}$/),
    ...common,
  }),
  z.strictObject({
    type: z.literal('foreign-permanent-2017'),
    englishName: z.string().min(1),
    chineseName: z.string(),
    prNumber: z.string().regex(/^[A-Z]{3}\d{12}$/),
    nationality: z.string().regex(/^[A-Z]{3}$/),
    cardVersion: z.string().regex(/^\d{2}$/),
    acceptingAuthorityCode: z.string().regex(/^\d{4}$/),
    ...common,
  }),
  z.strictObject({
    type: z.literal('foreign-permanent-2023'),
    chineseName: z.string(),
    englishName: z.string().min(1),
    idNumber: z.string().regex(/^9\d{16}[\dX]$/),
    nationality: z.string().regex(/^[A-Z]{3}$/),
    renewalCount: z.string().regex(/^\d{2}$/),
    previousPrNumberLink: z.string().max(3),
    ...common,
  }),
]);

/** The JSON of a card profile for the emulator; synthetic data only. */
export const cardProfileSchema = z.strictObject({
  description: z.string(),
  card: cardSchema,
  /** Image file (any format sharp reads), relative to the profile file. */
  photo: z.string().min(1).optional(),
  /** How many 512-byte fingerprint templates the chip holds. */
  fingerprintTemplates: z.union([z.literal(0), z.literal(1), z.literal(2)]).default(0),
  appendedAddress: z.string().max(35).nullable().default(null),
});

/** A parsed card profile. */
export type CardProfile = z.infer<typeof cardProfileSchema>;

/** Builds the Card the profile describes, ready for encodeCardText. */
export function profileCard(profile: CardProfile): Card {
  const card = profile.card;
  const shared = {
    gender: genderOf(card.gender),
    birthDate: parseCardDate(card.birthDate),
    validFrom: parseCardDate(card.validFrom),
    validTo: parseValidityEnd(card.validTo),
  };
  switch (card.type) {
    case 'resident':
      return { ...card, ...shared, nation: nationFromCode(card.nation) };
    case 'residence-permit':
      return { ...card, ...shared, region: permitRegion(card.idNumber) };
    case 'foreign-permanent-2017':
    case 'foreign-permanent-2023':
      return { ...card, ...shared };
    default:
      return assertNever(card, 'profile card type');
  }
}
