import { describe, expect, it } from 'vitest';
import { frameCardPhoto } from '../../../src/core/face/card-photo-framing';

/** A 4x6 "card photo": background (240, 240, 230) with a dark 2x2 "face" in the middle. */
const photo = () => {
  const data = new Uint8Array(4 * 6 * 3);
  for (let i = 0; i < 24; i += 1) data.set([240, 240, 230], i * 3);
  for (const [x, y] of [
    [1, 2],
    [2, 2],
    [1, 3],
    [2, 3],
  ] as const)
    data.set([20, 30, 40], (y * 4 + x) * 3);
  return { width: 4, height: 6, data };
};
const pixel = (image: { width: number; data: Uint8Array }, x: number, y: number) =>
  Array.from(image.data.subarray((y * image.width + x) * 3, (y * image.width + x) * 3 + 3));

describe('frameCardPhoto', () => {
  it('keeps the photo as it is', () => {
    const source = photo();
    expect(frameCardPhoto(source, { kind: 'as-is' })).toEqual({
      image: source,
      scale: 1,
      offset: 0,
    });
  });

  it('pads with the background colour of the photo border, not black, and reports the offset', () => {
    const { image, scale, offset } = frameCardPhoto(photo(), { kind: 'pad', marginOfHeight: 0.5 });
    expect([image.width, image.height, scale, offset]).toEqual([10, 12, 1, 3]);
    expect(pixel(image, 0, 0)).toEqual([240, 240, 230]);
    expect(pixel(image, 4, 5)).toEqual([20, 30, 40]); // photo pixel (1, 2) moved by the margin
  });

  it('upscales by the factor and reports it, so boxes map back to the original pixels', () => {
    const { image, scale, offset } = frameCardPhoto(photo(), { kind: 'upscale', factor: 2 });
    expect([image.width, image.height, scale, offset]).toEqual([8, 12, 2, 0]);
    expect(pixel(image, 0, 0)).toEqual([240, 240, 230]);
    expect(pixel(image, 3, 5)).toEqual([20, 30, 40]);
  });
});
