/** Typed failures of the composition root's adapters; callers branch on the class or `code`. */
import { KIOSK_MESSAGES } from '../../shared/i18n/catalog-kiosk';
import type { EnrollFailure } from '../face/frame-analysis';
import { KioskError } from '../kiosk-error';

/** The card photo gave no reference embedding: the face path is closed for this card. */
export class CardPhotoNotEnrolledError extends KioskError {
  constructor(readonly failure: EnrollFailure) {
    super(
      `kiosk.card-photo-${failure.kind}`,
      failure.kind === 'no-face'
        ? KIOSK_MESSAGES.cardPhotoNoFace
        : KIOSK_MESSAGES.cardPhotoTooSmall,
      false,
    );
  }
}
