import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { toRgbImage } from '../../../src/core/photo/to-rgb-image';
import { photoErrorRejectedBy } from './photo-error';

describe('toRgbImage', () => {
  it('decodes a PNG with alpha to interleaved RGB without the alpha channel', async () => {
    const png = await sharp({
      create: { width: 3, height: 2, channels: 4, background: { r: 10, g: 20, b: 30, alpha: 0.5 } },
    })
      .png()
      .toBuffer();
    const image = await toRgbImage(png);
    expect([image.width, image.height, image.data.length]).toEqual([3, 2, 18]);
    expect([...image.data.subarray(0, 3)]).toEqual([10, 20, 30]);
  });

  it('rejects bytes that are no image with a typed error', async () => {
    const error = await photoErrorRejectedBy(toRgbImage(new TextEncoder().encode('not an image')));
    expect(error.failure.reason).toBe('image-unreadable');
    expect(error.text.en).toContain('JPEG, PNG or WebP');
  });
});
