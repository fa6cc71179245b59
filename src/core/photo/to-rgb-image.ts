import { CardPhotoError } from './card-photo-error';
import { decodeToRgb } from './decode-to-rgb';
import type { RgbImage } from './rgb-image';

/** Decodes any image file sharp reads (JPEG, PNG, WebP, AVIF…) to RGB, dropping alpha. */
export async function toRgbImage(fileBytes: Uint8Array): Promise<RgbImage> {
  try {
    return await decodeToRgb(fileBytes);
  } catch (cause) {
    throw new CardPhotoError({ reason: 'image-unreadable', detail: String(cause) }, { cause });
  }
}
