import sharp, { type Sharp } from 'sharp';
import { CardPhotoError } from './card-photo-error';
import {
  CARD_PHOTO_HEIGHT,
  CARD_PHOTO_WIDTH,
  PHOTO_SLOT_BYTES,
  type CardPhotoDecoder,
} from './card-photo-decoder';
import type { RgbImage } from './rgb-image';
import { toRgbImage } from './to-rgb-image';

// Slot layout: ASCII "SIMPHOTO", version, image format, payload length (u16 BE), payload, zeros.
const MAGIC = Buffer.from('SIMPHOTO', 'ascii');
const VERSION = 1;
const HEADER_BYTES = MAGIC.length + 4;
const FORMATS = { webp: 1, avif: 2 } as const;
// Best quality first; AVIF is tried at each step because it often fits where WebP does not.
const QUALITY_STEPS = [80, 60, 45, 35, 25, 15, 8, 1];

/** Whether a photo slot carries a simulation photo rather than WLT. */
export function isSimulationSlot(slot: Uint8Array): boolean {
  return slot.length >= HEADER_BYTES && MAGIC.equals(slot.subarray(0, MAGIC.length));
}

async function portrait(image: Uint8Array): Promise<Sharp> {
  try {
    await sharp(image).metadata();
  } catch (cause) {
    throw new CardPhotoError({ reason: 'image-unreadable', detail: String(cause) }, { cause });
  }
  return sharp(image).resize(CARD_PHOTO_WIDTH, CARD_PHOTO_HEIGHT, { fit: 'cover' }).removeAlpha();
}

/**
 * Packs any image sharp reads into a 1024-byte photo slot for the SAM emulator: the 102x126
 * portrait as WebP or AVIF behind the SIMPHOTO header, at the best quality that fits.
 */
export async function encodeSimulationPhoto(image: Uint8Array): Promise<Uint8Array> {
  const source = await portrait(image);
  for (const quality of QUALITY_STEPS) {
    for (const format of ['webp', 'avif'] as const) {
      const payload = await source.clone()[format]({ quality }).toBuffer();
      if (HEADER_BYTES + payload.length > PHOTO_SLOT_BYTES) continue;
      const slot = new Uint8Array(PHOTO_SLOT_BYTES);
      slot.set(MAGIC);
      slot.set(
        [VERSION, FORMATS[format], payload.length >> 8, payload.length & 0xff],
        MAGIC.length,
      );
      slot.set(payload, HEADER_BYTES);
      return slot;
    }
  }
  throw new CardPhotoError({ reason: 'image-too-detailed' });
}

/** Decodes a simulation photo slot to the 102x126 RGB portrait. */
export async function decodeSimulationPhoto(slot: Uint8Array): Promise<RgbImage> {
  if (slot.length !== PHOTO_SLOT_BYTES)
    throw new CardPhotoError({ reason: 'wrong-slot-size', sizeBytes: slot.length });
  if (!isSimulationSlot(slot)) throw new CardPhotoError({ reason: 'not-a-simulation-photo' });
  const version = slot[MAGIC.length];
  if (version !== VERSION) {
    throw new CardPhotoError({
      reason: 'image-unreadable',
      detail: `simulation photo version ${version}`,
    });
  }
  const length = ((slot[MAGIC.length + 2] ?? 0) << 8) | (slot[MAGIC.length + 3] ?? 0);
  const image = await toRgbImage(slot.subarray(HEADER_BYTES, HEADER_BYTES + length));
  if (image.width !== CARD_PHOTO_WIDTH || image.height !== CARD_PHOTO_HEIGHT) {
    throw new CardPhotoError({
      reason: 'image-unreadable',
      detail: `${image.width}x${image.height} simulation photo`,
    });
  }
  return image;
}

/** The simulation codec as a card photo decoder (emulated cards only; production refuses it). */
export const simulationPhotoDecoder: CardPhotoDecoder = { decode: decodeSimulationPhoto };
