import type { Card } from './card';
import { CardTextLengthError } from './card-errors';
import { cardFinding, type CardFinding } from './card-finding';
import { CARD_TEXT_BYTES } from './card-text-fields';
import { checkCard } from './check-card';
import { readCardText } from './read-card-text';

/** A card and everything its checks found; a card that fails a check is still returned. */
export interface ParsedCard {
  readonly card: Card;
  readonly findings: readonly CardFinding[];
}

/**
 * Parses the 256-byte UTF-16LE text block of any card type and checks it against `now` (see
 * checkCardDates for the day boundary). Throws only CardTextLengthError; any other content,
 * however broken, comes back as a card with findings.
 */
export function parseCard(text: Uint8Array, now: Date): ParsedCard {
  if (text.length !== CARD_TEXT_BYTES) throw new CardTextLengthError(text.length);
  const { card, unknownFlag } = readCardText(text);
  const flagFindings =
    unknownFlag === null
      ? []
      : [cardFinding('unknown-card-flag', 'cardTypeFlag', { raw: unknownFlag })];
  return { card, findings: [...flagFindings, ...checkCard(card, now)] };
}
