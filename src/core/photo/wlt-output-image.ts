import { CardPhotoError } from './card-photo-error';
import { CARD_PHOTO_HEIGHT, CARD_PHOTO_WIDTH } from './card-photo-decoder';
import type { RgbImage } from './rgb-image';

/** Size of the raw decoder output: 102 x 126 BGR, top-down, rows unpadded. */
export const RAW_BGR_BYTES = CARD_PHOTO_WIDTH * CARD_PHOTO_HEIGHT * 3;

/** Size of the BMP decoder output: 54-byte header + 126 rows padded to 308 bytes. */
export const BMP_BYTES = 54 + CARD_PHOTO_HEIGHT * Math.ceil((CARD_PHOTO_WIDTH * 3) / 4) * 4;

// BITMAPINFOHEADER and its V4/V5 successors; raw BGR pixels will not carry one of these sizes
// at byte 14 right after a "BM" by chance.
const DIB_HEADER_SIZES = new Set([40, 108, 124]);

function isBmp(out: Buffer): boolean {
  return (
    out.length >= 54 &&
    out.toString('latin1', 0, 2) === 'BM' &&
    DIB_HEADER_SIZES.has(out.readUInt32LE(14))
  );
}

function rgbFrom(out: Buffer, rowStart: (y: number) => number): RgbImage {
  const data = new Uint8Array(RAW_BGR_BYTES);
  for (let y = 0; y < CARD_PHOTO_HEIGHT; y += 1) {
    const source = rowStart(y);
    for (let x = 0; x < CARD_PHOTO_WIDTH; x += 1) {
      const from = source + 3 * x;
      const to = 3 * (y * CARD_PHOTO_WIDTH + x);
      data[to] = out[from + 2] ?? 0;
      data[to + 1] = out[from + 1] ?? 0;
      data[to + 2] = out[from] ?? 0;
    }
  }
  return { width: CARD_PHOTO_WIDTH, height: CARD_PHOTO_HEIGHT, data };
}

function fromBmp(out: Buffer): RgbImage {
  const [pixelOffset, width, height, bitsPerPixel, compression] = [
    out.readUInt32LE(10),
    out.readInt32LE(18),
    out.readInt32LE(22),
    out.readUInt16LE(28),
    out.readUInt32LE(30),
  ];
  const stride = Math.ceil((width * 3) / 4) * 4;
  const fits = pixelOffset + stride * Math.abs(height) <= out.length;
  if (
    width !== CARD_PHOTO_WIDTH ||
    Math.abs(height) !== CARD_PHOTO_HEIGHT ||
    bitsPerPixel !== 24 ||
    compression !== 0 ||
    !fits
  ) {
    throw new CardPhotoError({
      reason: 'wrong-output-size',
      detail: `BMP ${width}x${height}, ${bitsPerPixel} bits, compression ${compression}`,
    });
  }
  // A positive height means bottom-up rows, the usual BMP order.
  return rgbFrom(out, (y) => pixelOffset + stride * (height > 0 ? CARD_PHOTO_HEIGHT - 1 - y : y));
}

/** Turns a vendor decoder's output buffer (a 24-bit BMP, or raw top-down BGR) into RGB. */
export function wltOutputToRgb(output: Uint8Array): RgbImage {
  const out = Buffer.from(output.buffer, output.byteOffset, output.length);
  if (isBmp(out)) return fromBmp(out);
  if (out.length < RAW_BGR_BYTES) {
    throw new CardPhotoError({
      reason: 'wrong-output-size',
      detail: `${out.length} bytes of raw BGR`,
    });
  }
  return rgbFrom(out, (y) => y * CARD_PHOTO_WIDTH * 3);
}
