import { assertNever } from '../../../shared/result';
import type { CardDate, ValidityEnd } from './card';

/** What 长期 (long-term) validity looks like in the text block. */
export const LONG_TERM_TEXT = '长期';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whether `YYYY-MM-DD` names a real calendar day. */
function isRealIsoDate(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const monthDays = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  return monthDays !== undefined && day >= 1 && day <= monthDays;
}

/** Turns the card's 8-digit `YYYYMMDD` into an ISO date, keeping anything else raw. */
export function parseCardDate(raw: string): CardDate {
  const iso = /^\d{8}$/.test(raw) ? `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}` : '';
  return isRealIsoDate(iso) ? { kind: 'date', iso } : { kind: 'invalid', raw };
}

/** Parses the end of validity, where 长期 means no end. */
export function parseValidityEnd(raw: string): ValidityEnd {
  return raw === LONG_TERM_TEXT ? { kind: 'long-term' } : parseCardDate(raw);
}

/** The text a date field holds on the card. */
export function cardDateText(date: ValidityEnd): string {
  switch (date.kind) {
    case 'date':
      return date.iso.replaceAll('-', '');
    case 'invalid':
      return date.raw;
    case 'long-term':
      return LONG_TERM_TEXT;
    default:
      return assertNever(date, 'validity end');
  }
}
