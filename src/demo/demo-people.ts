/**
 * The demo people (assets/demo, see SOURCE.md): where the astronaut's face is, her card-like photo,
 * and the cameraman's for `--impostor`. Measured once with the face engine: the astronaut's face box
 * in the 512x512 original is about x 184..269, y 64..176.
 */
import { resolve } from 'node:path';
import sharp from 'sharp';
import { CARD_PHOTO_HEIGHT, CARD_PHOTO_WIDTH } from '../core/photo/card-photo-decoder';

const ASSETS = resolve(import.meta.dirname, '../../assets/demo');

/** The worker's picture, from which both her card photo and the camera clip are made. */
export const ASTRONAUT_FILE = resolve(ASSETS, 'astronaut.jpg');

/** The astronaut's face in the original: centre and height in pixels. */
export const ASTRONAUT_FACE = { centreX: 226, centreY: 120, height: 112 } as const;

const CAMERAMAN_FILE = resolve(ASSETS, 'cameraman.jpg');

/** Whose photo the emulated card carries. */
export type CardHolder = 'astronaut' | 'cameraman';

/** A 102x126 PNG portrait as a card photo is framed: head and shoulders, face about half the height. */
export async function cardPhotoPng(holder: CardHolder): Promise<Buffer> {
  const size = { width: CARD_PHOTO_WIDTH, height: CARD_PHOTO_HEIGHT };
  // The cameraman file is already a card-like crop (see SOURCE.md).
  if (holder === 'cameraman') return sharp(CAMERAMAN_FILE).resize(size).png().toBuffer();
  const { centreX, centreY, height } = ASTRONAUT_FACE;
  const cropHeight = Math.round(height / 0.55);
  const cropWidth = Math.round((cropHeight * CARD_PHOTO_WIDTH) / CARD_PHOTO_HEIGHT);
  return sharp(ASTRONAUT_FILE)
    .extract({
      left: Math.round(centreX - cropWidth / 2),
      top: Math.max(0, Math.round(centreY + height * 0.12 - cropHeight / 2)),
      width: cropWidth,
      height: cropHeight,
    })
    .resize(size)
    .png()
    .toBuffer();
}
