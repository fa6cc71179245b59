import type { Card, CardDate, ValidityEnd } from './card';
import { cardFinding, type CardFinding } from './card-finding';

// Cards are issued and checked in China Standard Time (UTC+8, no daylight saving).
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Today's date in China as `YYYY-MM-DD`. */
function chinaDate(now: Date): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

function dateFindings(
  field: 'birthDate' | 'validFrom' | 'validTo',
  date: CardDate | ValidityEnd,
): CardFinding[] {
  if (date.kind !== 'invalid') return [];
  return [
    date.raw === ''
      ? cardFinding('empty-field', field)
      : cardFinding('invalid-date', field, { raw: date.raw }),
  ];
}

/**
 * Date findings and validity against `now`. A card is valid from the first moment of its start
 * day through the last moment of its end day, both in China time: on the end day it is still
 * valid, the day after it has expired. 长期 never expires.
 */
export function checkCardDates(card: Card, now: Date): CardFinding[] {
  const findings = [
    ...dateFindings('birthDate', card.birthDate),
    ...dateFindings('validFrom', card.validFrom),
    ...dateFindings('validTo', card.validTo),
  ];
  const today = chinaDate(now);
  if (card.validFrom.kind === 'date' && today < card.validFrom.iso) {
    findings.push(cardFinding('not-yet-valid', 'validFrom', { date: card.validFrom.iso }));
  }
  if (card.validTo.kind === 'date' && today > card.validTo.iso) {
    findings.push(cardFinding('expired', 'validTo', { date: card.validTo.iso }));
  }
  return findings;
}
