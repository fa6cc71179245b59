import { describe, expect, it } from 'vitest';
import {
  CARD_RECIPE,
  CARD_SIZE,
  cardFraming,
  makeCardLike,
} from '../../../../src/core/face/eval/card-condition';

/** A blue 400x400 image with a red square "face" at (150,150)-(250,250). */
function blueWithRedFace(): { width: number; height: number; data: Uint8Array } {
  const width = 400;
  const height = 400;
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const face = x >= 150 && x < 250 && y >= 150 && y < 250;
      data.set(face ? [220, 20, 20] : [20, 20, 220], (y * width + x) * 3);
    }
  }
  return { width, height, data };
}

const pixel = (image: { width: number; data: Uint8Array }, x: number, y: number) =>
  Array.from(image.data.subarray((y * image.width + x) * 3, (y * image.width + x) * 3 + 3));

describe('cardFraming', () => {
  it('makes the face box 60% of the height, 17% from the top, centred, at the ID photo aspect', () => {
    const crop = cardFraming({ x: 100, y: 100, width: 60, height: 60 });
    expect(crop.height).toBe(100);
    expect(crop.width).toBe(Math.round((100 * 102) / 126));
    expect(crop.y).toBe(100 - 17);
    expect(Math.abs(crop.x + crop.width / 2 - 130)).toBeLessThanOrEqual(1);
  });
});

describe('makeCardLike', () => {
  it('returns a 102x126 RGB image with the face where the framing puts it', async () => {
    const card = await makeCardLike(blueWithRedFace(), { x: 150, y: 150, width: 100, height: 100 });
    expect([card.width, card.height, card.data.length]).toEqual([
      CARD_SIZE.width,
      CARD_SIZE.height,
      102 * 126 * 3,
    ]);
    const faceCentreY = Math.round(
      (CARD_RECIPE.faceTopFraction + CARD_RECIPE.faceHeightFraction / 2) * 126,
    );
    const [r, , b] = pixel(card, 51, faceCentreY);
    expect(r).toBeGreaterThan(150);
    expect(b).toBeLessThan(100);
    const [r2, , b2] = pixel(card, 51, 122);
    expect(b2).toBeGreaterThan(150);
    expect(r2).toBeLessThan(100);
  });

  it('fills framing beyond the photo with the near-white background', async () => {
    const card = await makeCardLike(blueWithRedFace(), { x: 150, y: 10, width: 100, height: 100 });
    const [r, g, b] = pixel(card, 51, 2);
    for (const channel of [r, g, b]) expect(channel).toBeGreaterThan(200);
  });

  it('loses detail to the heavy JPEG compression', async () => {
    const source = blueWithRedFace();
    const card = await makeCardLike(source, { x: 150, y: 150, width: 100, height: 100 });
    const values = new Set(Array.from(card.data));
    // The source has four channel values; compression artefacts create many more.
    expect(values.size).toBeGreaterThan(10);
  });
});
