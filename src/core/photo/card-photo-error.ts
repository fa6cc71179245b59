import { CARD_PHOTO_MESSAGES, type CardPhotoMessageKey } from '../../shared/i18n/catalog-card';
import { localize, type LocalizedText } from '../../shared/i18n/locale';
import { assertNever } from '../../shared/result';
import { KioskError } from '../kiosk-error';
import { vendorCodeMessageKey } from './vendor-wlt-codes';

/** Why a card photo could not be decoded or encoded; callers branch on `reason`. */
export type CardPhotoFailure =
  | { readonly reason: 'library-missing'; readonly libraryPath: string }
  | { readonly reason: 'library-unloadable'; readonly libraryPath: string; readonly detail: string }
  | { readonly reason: 'symbol-missing'; readonly libraryPath: string; readonly symbol: string }
  | { readonly reason: 'decoder-failed'; readonly code: number }
  | { readonly reason: 'wrong-output-size'; readonly detail: string }
  | { readonly reason: 'wrong-slot-size'; readonly sizeBytes: number }
  | { readonly reason: 'simulation-refused' }
  | { readonly reason: 'simulation-slot-to-vendor' }
  | { readonly reason: 'not-a-simulation-photo' }
  | { readonly reason: 'image-unreadable'; readonly detail: string }
  | { readonly reason: 'image-too-detailed' };

function textOf(failure: CardPhotoFailure): LocalizedText {
  const text = (key: CardPhotoMessageKey, params: Record<string, string | number> = {}) =>
    localize(CARD_PHOTO_MESSAGES[key], params);
  switch (failure.reason) {
    case 'library-missing':
      return text('libraryMissing', { path: failure.libraryPath });
    case 'library-unloadable':
      return text('libraryUnloadable', { path: failure.libraryPath, detail: failure.detail });
    case 'symbol-missing':
      return text('symbolMissing', { path: failure.libraryPath, symbol: failure.symbol });
    case 'decoder-failed':
      return text(vendorCodeMessageKey(failure.code), { code: failure.code });
    case 'wrong-output-size':
      return text('wrongOutputSize', { detail: failure.detail });
    case 'wrong-slot-size':
      return text('wrongSlotSize', { sizeBytes: failure.sizeBytes });
    case 'simulation-refused':
      return text('simulationRefused');
    case 'simulation-slot-to-vendor':
      return text('simulationSlotToVendor');
    case 'not-a-simulation-photo':
      return text('notASimulationPhoto');
    case 'image-unreadable':
      return text('imageUnreadable', { detail: failure.detail });
    case 'image-too-detailed':
      return text('imageTooDetailed');
    default:
      return assertNever(failure, 'card photo failure');
  }
}

// A dropped reader link (-6, 0) or a photo garbled by a card moved mid-read (-1) may decode on a
// second read; licence, format and bridge failures will not.
const RETRYABLE_CODES = new Set([-6, -1, 0]);

/** An expected failure of card photo decoding or simulation encoding. */
export class CardPhotoError extends KioskError {
  constructor(
    readonly failure: CardPhotoFailure,
    options?: { cause?: unknown },
  ) {
    const retryable =
      failure.reason === 'wrong-slot-size' ||
      (failure.reason === 'decoder-failed' && RETRYABLE_CODES.has(failure.code));
    super(`card-photo-${failure.reason}`, textOf(failure), retryable, options);
  }
}
