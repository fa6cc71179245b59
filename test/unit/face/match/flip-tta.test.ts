import { describe, expect, it } from 'vitest';
import { embedWithFlip, mirrorImage } from '../../../../src/core/face/match/flip-tta';
import type { RgbImage } from '../../../../src/core/photo/rgb-image';

// 2x1 image: a red pixel, then a blue one.
const image: RgbImage = { width: 2, height: 1, data: Uint8Array.from([255, 0, 0, 0, 0, 255]) };
const isMirrored = (candidate: RgbImage) => candidate.data[2] === 255;

describe('flip TTA', () => {
  it('mirrors an image left to right', () => {
    expect(Array.from(mirrorImage(image).data)).toEqual([0, 0, 255, 255, 0, 0]);
  });

  it('averages the embeddings of the image and its mirror', async () => {
    const embed = async (candidate: RgbImage) => ({
      tag: 'face',
      embedding: Float32Array.from(isMirrored(candidate) ? [0, 1] : [1, 0]),
    });
    const result = await embedWithFlip(image, embed);
    expect(result?.tag).toBe('face');
    expect(Array.from(result?.embedding ?? [])).toEqual([
      expect.closeTo(Math.SQRT1_2, 6),
      expect.closeTo(Math.SQRT1_2, 6),
    ]);
  });

  it('keeps the plain embedding when the mirror has no face, and null when the image has none', async () => {
    const onlyPlain = async (candidate: RgbImage) =>
      isMirrored(candidate) ? null : { embedding: Float32Array.from([1, 0]) };
    expect(Array.from((await embedWithFlip(image, onlyPlain))?.embedding ?? [])).toEqual([1, 0]);
    expect(await embedWithFlip(image, async () => null)).toBeNull();
  });
});
