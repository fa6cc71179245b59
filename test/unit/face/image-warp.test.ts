import { describe, expect, it } from 'vitest';
import { cropResize, mirror, warpAffine } from '../../../src/core/face/image-warp';
import { letterboxInverse, letterboxOf, fromLetterbox } from '../../../src/core/face/letterbox';
import type { RgbImage } from '../../../src/core/photo/rgb-image';

/** A w×h image whose pixel (x, y) is (x·10, y·10, 200). */
const ramp = (width: number, height: number): RgbImage => {
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) data.set([x * 10, y * 10, 200], (y * width + x) * 3);
  return { width, height, data };
};

const pixel = (image: RgbImage, x: number, y: number) =>
  Array.from(image.data.subarray((y * image.width + x) * 3, (y * image.width + x) * 3 + 3));

describe('warpAffine', () => {
  it('reproduces the image under the identity map', () => {
    const image = ramp(5, 4);
    expect(warpAffine(image, [1, 0, 0, 0, 1, 0], 5, 4).data).toEqual(image.data);
  });

  it('halves an image by averaging each 2x2 block (pixel-centre sampling)', () => {
    const half = cropResize(ramp(4, 4), { x: 0, y: 0, width: 4, height: 4 }, 2, 2);
    // Output centre 0 lands between source pixels 0 and 1: (0+10)/2 = 5.
    expect(pixel(half, 0, 0)).toEqual([5, 5, 200]);
    expect(pixel(half, 1, 1)).toEqual([25, 25, 200]);
  });

  it('fills positions outside the source with the fill grey', () => {
    const out = cropResize(ramp(4, 4), { x: -4, y: 0, width: 8, height: 4 }, 8, 4, 127);
    expect(pixel(out, 0, 0)).toEqual([127, 127, 127]);
    expect(pixel(out, 4, 0)).toEqual([0, 0, 200]);
  });

  it('mirrors left to right', () => {
    const image = ramp(3, 2);
    const flipped = mirror(image);
    expect(pixel(flipped, 0, 1)).toEqual(pixel(image, 2, 1));
    expect(pixel(flipped, 2, 0)).toEqual(pixel(image, 0, 0));
  });
});

describe('letterbox', () => {
  it('fits a 640x480 frame exactly into 320x240 with no border', () => {
    expect(letterboxOf(640, 480, 320, 240)).toEqual({ scale: 0.5, offsetX: 0, offsetY: 0 });
  });

  it('centres a portrait card photo with equal side borders, keeping its aspect ratio', () => {
    const box = letterboxOf(102, 126, 320, 240);
    expect(box.scale).toBeCloseTo(240 / 126, 10);
    expect(box.offsetY).toBe(0);
    expect(box.offsetX).toBeCloseTo((320 - 102 * (240 / 126)) / 2, 10);
  });

  it('draws the frame into the middle of the input and grey borders beside it', () => {
    const frame: RgbImage = { width: 2, height: 4, data: new Uint8Array(2 * 4 * 3).fill(50) };
    const lb = letterboxOf(2, 4, 8, 4);
    const input = warpAffine(frame, letterboxInverse(lb), 8, 4, 127);
    const row = Array.from({ length: 8 }, (_, x) => pixel(input, x, 1)[0]);
    expect(row).toEqual([127, 127, 127, 50, 50, 127, 127, 127]);
  });

  it('maps input coordinates back to the frame', () => {
    const lb = letterboxOf(102, 126, 320, 240);
    const corner = fromLetterbox(lb, lb.offsetX + 102 * lb.scale, 240);
    expect(corner.x).toBeCloseTo(102, 9);
    expect(corner.y).toBeCloseTo(126, 9);
  });
});
