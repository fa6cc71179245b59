import type { RgbImage } from './rgb-image';

/** Size of the photo slot on the card (WLT, or a simulation photo in emulated cards). */
export const PHOTO_SLOT_BYTES = 1024;

/** Width of a decoded card photo in pixels. */
export const CARD_PHOTO_WIDTH = 102;

/** Height of a decoded card photo in pixels. */
export const CARD_PHOTO_HEIGHT = 126;

/** Turns the card's 1024-byte photo slot into RGB; rejects with CardPhotoError. */
export interface CardPhotoDecoder {
  decode(slot: Uint8Array): Promise<RgbImage>;
}
