/** Camera frames as the face engine takes them: the renderer's JPEG or RGBA turned into RGB. */
import sharp from 'sharp';
import type { Frame } from '../../shared/kiosk-api/frame';
import { assertNever } from '../../shared/result';
import { decodeToRgb } from '../photo/decode-to-rgb';
import type { RgbImage } from '../photo/rgb-image';

/** Decodes a submitted frame to RGB; a JPEG that does not decode rejects (the attempt then fails). */
export async function frameToRgb(frame: Frame): Promise<RgbImage> {
  switch (frame.format) {
    case 'rgba': {
      const pixels = frame.width * frame.height;
      const data = new Uint8Array(pixels * 3);
      for (let i = 0; i < pixels; i += 1) {
        data[i * 3] = frame.data[i * 4] as number;
        data[i * 3 + 1] = frame.data[i * 4 + 1] as number;
        data[i * 3 + 2] = frame.data[i * 4 + 2] as number;
      }
      return { width: frame.width, height: frame.height, data };
    }
    case 'jpeg':
      return decodeToRgb(frame.data);
    default:
      return assertNever(frame.format, 'frame format');
  }
}

/** A JPEG of an RGB image, for the record's photos and the confirmation screen's preview. */
export async function rgbToJpeg(image: RgbImage, quality = 85): Promise<Buffer> {
  return sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
    .jpeg({ quality })
    .toBuffer();
}
