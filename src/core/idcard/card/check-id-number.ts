import type { CardDate, ForeignPermanent2017Card, Gender } from './card';
import { parseCardDate } from './card-date';
import { cardFinding, type CardFinding } from './card-finding';
import { parseIdNumber } from './id-number';
import { parsePrNumber } from './pr-number';

/** What an 18-character number is checked against on the card that carries it. */
export interface IdNumberContext {
  readonly idNumber: string;
  readonly birthDate: CardDate;
  readonly gender: Gender;
  /** Whether the number's region prefix fits the card type. */
  readonly regionFits: (region: string) => boolean;
}

/** GB 11643 structure, checksum, and consistency with the card's birth date and gender. */
export function checkIdNumber({
  idNumber,
  birthDate,
  gender,
  regionFits,
}: IdNumberContext): CardFinding[] {
  if (idNumber === '') return [];
  const parts = parseIdNumber(idNumber);
  if (!parts) return [cardFinding('id-number-malformed', 'idNumber')];
  const findings: CardFinding[] = [];
  if (!parts.checksumValid) findings.push(cardFinding('checksum-mismatch', 'idNumber'));
  if (!regionFits(parts.region)) findings.push(cardFinding('region-mismatch', 'idNumber'));
  const embedded = parseCardDate(parts.birthDigits);
  if (birthDate.kind === 'date' && (embedded.kind !== 'date' || embedded.iso !== birthDate.iso)) {
    findings.push(cardFinding('birth-date-mismatch', 'birthDate'));
  }
  // Codes 0 and 9 say nothing about the sequence digit, so only male/female are compared.
  if (
    gender.kind === 'known' &&
    (gender.code === '1' || gender.code === '2') &&
    gender.code !== parts.genderCode
  ) {
    findings.push(cardFinding('gender-digit-mismatch', 'gender'));
  }
  return findings;
}

/** Structure, nationality and the presumed (unverified) check digit of a 2017 PR number. */
export function checkPrNumber(card: ForeignPermanent2017Card): CardFinding[] {
  if (card.prNumber === '') return [];
  const parts = parsePrNumber(card.prNumber);
  if (!parts) return [cardFinding('pr-number-malformed', 'prNumber')];
  const findings: CardFinding[] = [];
  if (card.nationality !== '' && parts.nationality !== card.nationality) {
    findings.push(cardFinding('nationality-mismatch', 'nationality'));
  }
  if (!parts.presumedCheckValid) findings.push(cardFinding('pr-number-check-mismatch', 'prNumber'));
  return findings;
}
