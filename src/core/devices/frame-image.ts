/** JPEGs the kiosk process writes: the record's photos and the confirmation screen's preview. */
import sharp from 'sharp';
import type { Frame } from '../../shared/kiosk-api/frame';
import { assertNever } from '../../shared/result';
import type { RgbImage } from '../photo/rgb-image';

/** A JPEG of an RGB image, for the record's photos and the confirmation screen's preview. */
export async function rgbToJpeg(image: RgbImage, quality = 85): Promise<Buffer> {
  return sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
    .jpeg({ quality })
    .toBuffer();
}

/** A camera frame as a JPEG for the record: a JPEG frame as it came, an RGBA frame encoded without its alpha. */
export async function frameToJpeg(frame: Frame, quality = 85): Promise<Buffer> {
  switch (frame.format) {
    case 'jpeg':
      return Buffer.from(frame.data);
    case 'rgba':
      return sharp(frame.data, { raw: { width: frame.width, height: frame.height, channels: 4 } })
        .removeAlpha()
        .jpeg({ quality })
        .toBuffer();
    default:
      return assertNever(frame.format, 'frame format');
  }
}
