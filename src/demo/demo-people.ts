/**
 * The demo people (assets/demo, see SOURCE.md): the worker is a real live person filmed talking
 * (GRID corpus), whose card photo comes from another recording of the same person; the cameraman's
 * photo is the card of `--impostor`.
 */
import { resolve } from 'node:path';
import sharp from 'sharp';
import { CARD_PHOTO_HEIGHT, CARD_PHOTO_WIDTH } from '../core/photo/card-photo-decoder';

const ASSETS = resolve(import.meta.dirname, '../../assets/demo');

/** The worker's camera clip: concatenated JPEG frames. */
export const DEMO_CLIP_FILE = resolve(ASSETS, 'live-grid_pwij3p.mjpeg');

const WORKER_CARD_FILE = resolve(ASSETS, 'idphoto-grid_pwij3p.jpg');
const CAMERAMAN_FILE = resolve(ASSETS, 'cameraman.jpg');

/** Whose photo the emulated card carries. */
export type CardHolder = 'worker' | 'cameraman';

/** A 102x126 PNG portrait as a card photo is framed: head and shoulders, face about half the height. */
export async function cardPhotoPng(holder: CardHolder): Promise<Buffer> {
  const size = { width: CARD_PHOTO_WIDTH, height: CARD_PHOTO_HEIGHT };
  // Both files are already card-like crops (see SOURCE.md).
  return sharp(holder === 'worker' ? WORKER_CARD_FILE : CAMERAMAN_FILE)
    .resize(size)
    .png()
    .toBuffer();
}
