import type { LocalizedText } from '../../../shared/i18n/locale';
import type { NationCode } from './nation-codes';

/** GB/T 2261.1 gender codes: 0 unknown, 1 male, 2 female, 9 unspecified (0 and 9 are not expected on cards). */
export type GenderCode = '0' | '1' | '2' | '9';

/** The gender field: a known code with its label, or the raw text of a code the table lacks. */
export type Gender =
  | { readonly kind: 'known'; readonly code: GenderCode; readonly label: LocalizedText }
  | { readonly kind: 'unknown'; readonly raw: string };

/** The GB 3304 nation field: a known code with its printed name, or the raw code kept for display. */
export type Nation =
  | { readonly kind: 'known'; readonly code: NationCode; readonly name: string }
  | { readonly kind: 'unknown'; readonly raw: string };

/** A card date: ISO `YYYY-MM-DD` when the 8 digits form a real date, otherwise the raw text. */
export type CardDate =
  | { readonly kind: 'date'; readonly iso: string }
  | { readonly kind: 'invalid'; readonly raw: string };

/** The end of validity: a date, or 长期 (no end). */
export type ValidityEnd = CardDate | { readonly kind: 'long-term' };

/** Region of a residence permit, from its ID-number prefix 810000/820000/830000. */
export type PermitRegion = 'HK' | 'MO' | 'TW' | 'unknown';

/** Fields every layout has, under the same names. */
export interface CardCommon {
  readonly gender: Gender;
  readonly birthDate: CardDate;
  readonly validFrom: CardDate;
  readonly validTo: ValidityEnd;
}

/** 居民身份证: the resident ID card (flag space). */
export interface ResidentIdCard extends CardCommon {
  readonly type: 'resident';
  readonly name: string;
  readonly nation: Nation;
  readonly address: string;
  readonly idNumber: string;
  readonly issuingAuthority: string;
}

/** 港澳台居民居住证: the HK/Macao/Taiwan residents' residence permit (flag `J`). */
export interface ResidencePermitCard extends CardCommon {
  readonly type: 'residence-permit';
  readonly name: string;
  readonly address: string;
  readonly idNumber: string;
  readonly issuingAuthority: string;
  /** 通行证号码: the travel permit number. */
  readonly passNumber: string;
  /** 签发次数: how many times the permit was issued. */
  readonly issueCount: string;
  /** Derived from the ID number's prefix; encoding ignores it. */
  readonly region: PermitRegion;
}

/** Foreign permanent resident ID, 2017 layout (flag `I`). */
export interface ForeignPermanent2017Card extends CardCommon {
  readonly type: 'foreign-permanent-2017';
  readonly englishName: string;
  readonly chineseName: string;
  /** 15 characters: 3-letter nationality + 12 digits. */
  readonly prNumber: string;
  /** GB/T 2659 alpha-3 country code. */
  readonly nationality: string;
  readonly cardVersion: string;
  readonly acceptingAuthorityCode: string;
}

/** Foreign permanent resident ID, 2023 layout (flag `Y`). */
export interface ForeignPermanent2023Card extends CardCommon {
  readonly type: 'foreign-permanent-2023';
  readonly chineseName: string;
  /** Part 1 and part 2 of the card joined. */
  readonly englishName: string;
  /** 18 characters, starts with 9, GB 11643 checksum. */
  readonly idNumber: string;
  readonly nationality: string;
  /** 换证次数: how many times the card was renewed. */
  readonly renewalCount: string;
  /** Bytes 250-255: the part needed to rebuild the previous 15-character PR number. */
  readonly previousPrNumberLink: string;
}

/** A card as read from the chip, one variant per text layout. */
export type Card =
  ResidentIdCard | ResidencePermitCard | ForeignPermanent2017Card | ForeignPermanent2023Card;

/** Name of a field of any card type, as findings refer to it. */
export type CardFieldName =
  | Exclude<
      | keyof ResidentIdCard
      | keyof ResidencePermitCard
      | keyof ForeignPermanent2017Card
      | keyof ForeignPermanent2023Card,
      'type'
    >
  | 'cardTypeFlag';
