/** What of a card reaches the worker screen, and how two placements are told apart. */
import type { CardSummary } from '../../shared/kiosk-api/card-summary';
import { assertNever } from '../../shared/result';
import type { Card } from '../idcard/card/card';
import type { SessionCard } from './ports';

/** The number that identifies the holder: ID number, or the PR number of a 2017 foreign card. */
function cardNumber(card: Card): string {
  switch (card.type) {
    case 'resident':
    case 'residence-permit':
    case 'foreign-permanent-2023':
      return card.idNumber;
    case 'foreign-permanent-2017':
      return card.prNumber;
    default:
      return assertNever(card, 'card');
  }
}

/** The holder's name as the card prints it first (Chinese name when a foreign card has one). */
function cardName(card: Card): string {
  switch (card.type) {
    case 'resident':
    case 'residence-permit':
      return card.name;
    case 'foreign-permanent-2017':
    case 'foreign-permanent-2023':
      return card.chineseName.trim() || card.englishName;
    default:
      return assertNever(card, 'card');
  }
}

/** Masks a card number, keeping the first 3 and last 4 characters: `110***********123X`. */
function maskCardNumber(number: string): string {
  const visibleEnd = 4;
  const visibleStart = Math.min(3, Math.max(1, number.length - visibleEnd - 1));
  const hidden = Math.max(1, number.length - visibleStart - visibleEnd);
  return `${number.slice(0, visibleStart)}${'*'.repeat(hidden)}${number.slice(-visibleEnd)}`;
}

/** The card as the confirmation screen may show it. */
export function summarizeCard(held: SessionCard): CardSummary {
  return {
    cardType: held.card.type,
    name: cardName(held.card),
    maskedId: maskCardNumber(cardNumber(held.card)),
    photo: held.photoPreview,
  };
}

/** Whether two reads are of the same card (same type and number). */
export function sameCard(a: Card, b: Card): boolean {
  return a.type === b.type && cardNumber(a) === cardNumber(b);
}
