import sharp from 'sharp';
import { CardPhotoError } from './card-photo-error';
import type { RgbImage } from './rgb-image';

/** Decodes any image file sharp reads (JPEG, PNG, WebP, AVIF…) to RGB, dropping alpha. */
export async function toRgbImage(fileBytes: Uint8Array): Promise<RgbImage> {
  try {
    const { data, info } = await sharp(fileBytes)
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    return {
      width: info.width,
      height: info.height,
      data: new Uint8Array(data.buffer, data.byteOffset, data.length),
    };
  } catch (cause) {
    throw new CardPhotoError({ reason: 'image-unreadable', detail: String(cause) }, { cause });
  }
}
