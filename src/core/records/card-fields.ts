// The card part of a record: the text fields the SAM returns, one shape per card type. All of it is
// personal data (PIPL art. 28): it is sealed at rest and never logged.
import { z } from 'zod';

/** Calendar date as printed on the card, `YYYY-MM-DD`. */
export const cardDate = z.iso.date().describe('Calendar date, YYYY-MM-DD');

const sex = z
  .enum(['male', 'female'])
  .describe('Sex as encoded on the card (1 = male, 2 = female)');

// Fields every card type carries; the variants add their own.
const common = {
  name: z.string().min(1).max(120).describe('Name in Chinese characters as printed on the card'),
  sex,
  birthDate: cardDate,
  idNumber: z
    .string()
    .min(9)
    .max(18)
    .describe('Card number: 18-character citizen ID number or the permit number'),
  issuingAuthority: z.string().min(1).max(60).describe('Issuing authority as printed on the card'),
  validFrom: cardDate,
  validUntil: z
    .union([cardDate, z.literal('long-term')])
    .describe('Expiry date, or "long-term" for cards valid without end (长期)'),
};

/** 2nd-generation resident ID card (居民身份证). */
export const residentIdCard = z
  .strictObject({
    type: z.literal('resident-id'),
    ...common,
    ethnicity: z.string().min(1).max(20).describe('Ethnic group name, e.g. 汉'),
    address: z.string().min(1).max(140).describe('Registered address'),
  })
  .describe('Resident identity card of the PRC');

/** Foreign permanent resident ID card (外国人永久居留身份证). */
export const foreignPermanentResidentCard = z
  .strictObject({
    type: z.literal('foreign-permanent-resident'),
    ...common,
    name: z.string().max(120).describe('Chinese name; empty when the card carries none'),
    nameLatin: z.string().min(1).max(120).describe('Name in Latin letters'),
    nationality: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .describe('Nationality, ISO 3166-1 alpha-3'),
    cardVersion: z.string().max(4).describe('Card version field'),
  })
  .describe('Foreign permanent resident identity card');

/** Residence permit for Hong Kong, Macao and Taiwan residents (港澳台居民居住证). */
export const hkMacaoTaiwanResidencePermit = z
  .strictObject({
    type: z.literal('hk-macao-taiwan-residence-permit'),
    ...common,
    address: z.string().min(1).max(140).describe('Address of residence'),
    passNumber: z.string().min(1).max(18).describe('Number of the travel permit (通行证号码)'),
    issueCount: z.number().int().min(0).max(99).describe('How many times the permit was issued'),
  })
  .describe('Residence permit for Hong Kong, Macao and Taiwan residents');

/** The card text fields, discriminated by `type`. Personal data. */
export const cardFields = z
  .discriminatedUnion('type', [
    residentIdCard,
    foreignPermanentResidentCard,
    hkMacaoTaiwanResidencePermit,
  ])
  .meta({ 'x-personal-data': true });

/** The card text fields of a record. */
export type CardFields = z.infer<typeof cardFields>;
