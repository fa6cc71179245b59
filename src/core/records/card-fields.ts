// The card part of a record: the text fields the SAM returns, one shape per card type. All of it is
// personal data (PIPL art. 28): it is sealed at rest and never logged.
import { z } from 'zod';

/** Calendar date as printed on the card, `YYYY-MM-DD`. */
const cardDate = z.iso.date().describe('Calendar date, YYYY-MM-DD');

const sex = z
  .enum(['male', 'female'])
  .describe('Sex as encoded on the card (1 = male, 2 = female)');

// Fields every card type carries; the variants add their own.
const common = {
  sex,
  birthDate: cardDate,
  validFrom: cardDate,
  validUntil: z
    .union([cardDate, z.literal('long-term')])
    .describe('Expiry date, or "long-term" for cards valid without end (长期)'),
};

const chineseName = z
  .string()
  .min(1)
  .max(120)
  .describe('Name in Chinese characters as printed on the card');
const issuingAuthority = z
  .string()
  .min(1)
  .max(60)
  .describe('Issuing authority as printed on the card');
const address = z.string().min(1).max(140).describe('Address as printed on the card');
const idNumber18 = z
  .string()
  .regex(/^\d{17}[\dX]$/)
  .describe('18-character ID number (GB 11643), last character a digit or X');

/** 2nd-generation resident ID card (居民身份证). */
const residentIdCard = z
  .strictObject({
    type: z.literal('resident-id'),
    ...common,
    name: chineseName,
    ethnicity: z.string().min(1).max(20).describe('Ethnic group as printed, e.g. 汉'),
    address,
    idNumber: idNumber18,
    issuingAuthority,
  })
  .describe('Resident identity card of the PRC');

/** Residence permit for Hong Kong, Macao and Taiwan residents (港澳台居民居住证). */
const hkMacaoTaiwanResidencePermit = z
  .strictObject({
    type: z.literal('hk-macao-taiwan-residence-permit'),
    ...common,
    name: chineseName,
    address,
    idNumber: idNumber18.describe('18-character ID number starting 810000, 820000 or 830000'),
    issuingAuthority,
    passNumber: z.string().min(1).max(18).describe('Number of the travel permit (通行证号码)'),
    issueCount: z.number().int().min(0).max(99).describe('How many times the permit was issued'),
  })
  .describe('Residence permit for Hong Kong, Macao and Taiwan residents');

const foreignCommon = {
  ...common,
  nameLatin: z.string().min(1).max(120).describe('Name in Latin letters'),
  nameChinese: z.string().max(120).describe('Chinese name; empty when the card carries none'),
  nationality: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .describe('Nationality, GB/T 2659 (ISO 3166-1) alpha-3'),
};

/** Foreign permanent resident ID card, 2017 layout (外国人永久居留身份证). */
const foreignPermanent2017Card = z
  .strictObject({
    type: z.literal('foreign-permanent-2017'),
    ...foreignCommon,
    prNumber: z
      .string()
      .regex(/^[A-Z]{3}\d{12}$/)
      .describe('15-character permanent residence number'),
    cardVersion: z.string().max(4),
    acceptingAuthorityCode: z.string().max(8),
  })
  .describe('Foreign permanent resident ID card, 2017 layout');

/** Foreign permanent resident ID card, 2023 layout (18-character number starting with 9). */
const foreignPermanent2023Card = z
  .strictObject({
    type: z.literal('foreign-permanent-2023'),
    ...foreignCommon,
    idNumber: idNumber18.describe('18-character number starting with 9'),
    renewalCount: z.number().int().min(0).max(99).describe('How many times the card was renewed'),
  })
  .describe('Foreign permanent resident ID card, 2023 layout');

/** The card text fields, discriminated by `type`. Personal data. */
export const cardFields = z
  .discriminatedUnion('type', [
    residentIdCard,
    hkMacaoTaiwanResidencePermit,
    foreignPermanent2017Card,
    foreignPermanent2023Card,
  ])
  .meta({ 'x-personal-data': true });

/** The card text fields of a record. */
export type CardFields = z.infer<typeof cardFields>;
