import sharp from 'sharp';
import type { RgbImage } from './rgb-image';

/** Decodes image file bytes sharp reads (JPEG, PNG, WebP, AVIF…) to RGB, dropping alpha; rejects on bad input. */
export async function decodeToRgb(fileBytes: Uint8Array): Promise<RgbImage> {
  const { data, info } = await sharp(fileBytes)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return {
    width: info.width,
    height: info.height,
    data: new Uint8Array(data.buffer, data.byteOffset, data.length),
  };
}
