// The 7-3-1 rule below comes from one vendor demo only (protocol notes §4, tagged [U]): findings
// built on it say so and are warnings, never errors.
const WEIGHTS = [7, 3, 1];

/** The parts of a 2017 foreign permanent resident number: 3-letter nationality and 12 digits. */
export interface PrNumberParts {
  readonly nationality: string;
  readonly digits: string;
  /** Whether the last digit matches the presumed (unverified) 7-3-1 check. */
  readonly presumedCheckValid: boolean;
}

function charValue(char: string): number {
  // Digits are themselves, letters A=10 … Z=35 (the ICAO 9303 convention).
  return /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 55;
}

/** The presumed check digit over the first 14 characters (weights 7-3-1 repeating, mod 10). Unverified. */
export function presumedPrCheckDigit(first14: string): string {
  if (!/^[A-Z]{3}\d{11}$/.test(first14))
    throw new RangeError('presumedPrCheckDigit needs 3 letters and 11 digits');
  const sum = [...first14].reduce(
    (total, char, i) => total + charValue(char) * (WEIGHTS[i % 3] ?? 0),
    0,
  );
  return String(sum % 10);
}

/** Splits a 15-character PR number; null when it is not 3 uppercase letters and 12 digits. */
export function parsePrNumber(prNumber: string): PrNumberParts | null {
  if (!/^[A-Z]{3}\d{12}$/.test(prNumber)) return null;
  return {
    nationality: prNumber.slice(0, 3),
    digits: prNumber.slice(3),
    presumedCheckValid: presumedPrCheckDigit(prNumber.slice(0, 14)) === prNumber.slice(14),
  };
}
