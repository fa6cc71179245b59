import type { GenderCode } from './card';

// GB 11643-1999 (ISO 7064 MOD 11-2) weights of digits 1-17 and the check character for S mod 11.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The parts of an 18-character citizen identification number (also used by J permits and 2023 FPR cards). */
export interface IdNumberParts {
  /** 6-digit administrative region (810000/820000/830000 on permits, 9xxxxx on 2023 FPR cards). */
  readonly region: string;
  /** Birth date as the 8 digits `YYYYMMDD`, not yet checked to be a real date. */
  readonly birthDigits: string;
  /** 3-digit sequence; odd for men, even for women. */
  readonly sequence: string;
  /** Gender implied by the sequence's parity. */
  readonly genderCode: Extract<GenderCode, '1' | '2'>;
  readonly checkChar: string;
  /** Whether the check character matches the GB 11643 checksum. */
  readonly checksumValid: boolean;
}

/** The GB 11643 check character of 17 digits ('X' stands for 10). */
export function gb11643CheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('gb11643CheckChar needs exactly 17 digits');
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(first17[i]), 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

/** Splits an 18-character number into its parts; null when it is not 17 digits and a check character (uppercase X). */
export function parseIdNumber(idNumber: string): IdNumberParts | null {
  if (!/^\d{17}[\dX]$/.test(idNumber)) return null;
  const sequence = idNumber.slice(14, 17);
  return {
    region: idNumber.slice(0, 6),
    birthDigits: idNumber.slice(6, 14),
    sequence,
    genderCode: Number(sequence) % 2 === 1 ? '1' : '2',
    checkChar: idNumber.slice(17),
    checksumValid: gb11643CheckChar(idNumber.slice(0, 17)) === idNumber.slice(17),
  };
}
