/** What of a card reaches the worker screen, and how two placements are told apart. */
import type { CardSummary } from '../../shared/kiosk-api/card-summary';
import { assertNever } from '../../shared/result';
import type { Card } from '../idcard/card/card';
import type { SessionCard } from './ports';
import { maskIdNumber } from '../idcard/card/mask-id-number';

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

/** The card as the confirmation screen may show it. */
export function summarizeCard(held: SessionCard): CardSummary {
  return {
    cardType: held.card.type,
    name: cardName(held.card),
    maskedId: maskIdNumber(cardNumber(held.card)),
    photo: held.photoPreview,
  };
}

/** Whether two reads are of the same card (same type and number). */
export function sameCard(a: Card, b: Card): boolean {
  return a.type === b.type && cardNumber(a) === cardNumber(b);
}
