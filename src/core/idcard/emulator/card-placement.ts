import { SAM_MESSAGES } from '../../../shared/i18n/catalog-sam';
import { localize } from '../../../shared/i18n/locale';
import { KioskError } from '../../kiosk-error';
import { encodeAppendedAddress } from '../protocol/appended-address';
import { FINGERPRINT_SIZES, PHOTO_BYTES, TEXT_BYTES } from '../protocol/base-info';

/** A card lying on the emulated reader, as the raw blocks its chip returns. */
export interface CardPlacement {
  /** Shown in emulator logs instead of anything personal, e.g. the profile name. */
  readonly label: string;
  readonly text: Uint8Array;
  readonly photo: Uint8Array;
  /** 0, 512 or 1024 bytes. */
  readonly fingerprint: Uint8Array;
  /** The 70-byte appended address field, or null when the card has none (SW3 91). */
  readonly appendedAddress: Uint8Array | null;
}

/** Blocks as a caller provides them; sizes are checked by createPlacement. */
export interface PlacementBlocks {
  readonly label: string;
  readonly text: Uint8Array;
  readonly photo: Uint8Array;
  readonly fingerprint?: Uint8Array;
  readonly appendedAddress?: string | null;
}

/** Blocks that a real card could not hold. */
export class PlacementError extends KioskError {
  constructor(readonly detail: string) {
    super('emulator.bad-placement', localize(SAM_MESSAGES['bad-placement'], { detail }));
  }
}

/** Checks block sizes and encodes the appended address; throws PlacementError on a wrong size. */
export function createPlacement(blocks: PlacementBlocks): CardPlacement {
  const fingerprint = blocks.fingerprint ?? new Uint8Array(0);
  if (blocks.text.length !== TEXT_BYTES)
    throw new PlacementError(`text is ${blocks.text.length} bytes, not ${TEXT_BYTES}`);
  if (blocks.photo.length !== PHOTO_BYTES)
    throw new PlacementError(`photo is ${blocks.photo.length} bytes, not ${PHOTO_BYTES}`);
  if (!FINGERPRINT_SIZES.includes(fingerprint.length)) {
    throw new PlacementError(`fingerprint is ${fingerprint.length} bytes, not 0, 512 or 1024`);
  }
  const address = blocks.appendedAddress ?? null;
  const appendedAddress = address === null ? null : encodeAppendedAddress(address);
  if (address !== null && !appendedAddress)
    throw new PlacementError('appended address is longer than 35 characters');
  return {
    label: blocks.label,
    text: blocks.text,
    photo: blocks.photo,
    fingerprint,
    appendedAddress,
  };
}
