import { CARD_MESSAGES } from '../../../shared/i18n/catalog-card';
import { localize } from '../../../shared/i18n/locale';
import { KioskError } from '../../kiosk-error';

/** The card text block is not 256 bytes: the only input parseCard cannot turn into a card. */
export class CardTextLengthError extends KioskError {
  constructor(readonly actualBytes: number) {
    super(
      'card-text-length',
      localize(CARD_MESSAGES.cardTextLength, { actual: actualBytes }),
      true,
    );
  }
}

/** A card value does not fit its fixed-width slot, so the card cannot be encoded. */
export class CardFieldTooLongError extends KioskError {
  constructor(
    readonly field: string,
    readonly sizeBytes: number,
  ) {
    super('card-field-too-long', localize(CARD_MESSAGES.cardFieldTooLong, { field, sizeBytes }));
  }
}
