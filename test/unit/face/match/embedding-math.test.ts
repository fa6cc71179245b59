import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cosineSimilarity,
  l2Normalize,
  meanEmbedding,
} from '../../../../src/core/face/match/embedding-math';

const vector = fc.array(fc.float({ min: -10, max: 10, noNaN: true }), {
  minLength: 4,
  maxLength: 4,
});

describe('embedding math', () => {
  it('normalises to unit length', () => {
    const v = l2Normalize([3, 4]);
    expect([v[0], v[1]]).toEqual([expect.closeTo(0.6, 6), expect.closeTo(0.8, 6)]);
  });

  it('leaves a zero vector at zero, so it matches nothing', () => {
    expect(Array.from(l2Normalize([0, 0]))).toEqual([0, 0]);
    expect(cosineSimilarity([0, 0], [1, 0])).toBe(0);
  });

  it('gives cosine 1 for parallel vectors and -1 for opposite ones', () => {
    expect(cosineSimilarity([1, 2], [2, 4])).toBeCloseTo(1, 9);
    expect(cosineSimilarity([1, 2], [-1, -2])).toBeCloseTo(-1, 9);
  });

  it('keeps cosine within [-1, 1] and symmetric', () => {
    fc.assert(
      fc.property(vector, vector, (a, b) => {
        const ab = cosineSimilarity(a, b);
        expect(ab).toBeGreaterThanOrEqual(-1 - 1e-9);
        expect(ab).toBeLessThanOrEqual(1 + 1e-9);
        expect(ab).toBeCloseTo(cosineSimilarity(b, a), 9);
      }),
    );
  });

  it('refuses vectors of different lengths', () => {
    expect(() => cosineSimilarity([1], [1, 2])).toThrow(RangeError);
  });

  it('averages embeddings into a unit template', () => {
    const mean = meanEmbedding([l2Normalize([1, 0]), l2Normalize([0, 1])]);
    expect(mean[0]).toBeCloseTo(Math.SQRT1_2, 6);
    expect(mean[1]).toBeCloseTo(Math.SQRT1_2, 6);
  });
});
