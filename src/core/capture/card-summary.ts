/** What of a card reaches the worker screen, and how two placements are told apart. */
import type { CardSummary } from '../../shared/kiosk-api/card-summary';
import type { Card } from '../idcard/card/card';
import { holderName, holderNumber } from '../idcard/card/card-holder';
import { maskIdNumber } from '../idcard/card/mask-id-number';
import type { SessionCard } from './ports';

/** The card as the confirmation screen may show it. */
export function summarizeCard(held: SessionCard): CardSummary {
  return {
    cardType: held.card.type,
    name: holderName(held.card),
    maskedId: maskIdNumber(holderNumber(held.card)),
    photo: held.photoPreview,
  };
}

/** Whether two reads are of the same card (same type and number). */
export function sameCard(a: Card, b: Card): boolean {
  return a.type === b.type && holderNumber(a) === holderNumber(b);
}
