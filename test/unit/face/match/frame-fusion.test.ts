import { describe, expect, it } from 'vitest';
import { l2Normalize } from '../../../../src/core/face/match/embedding-math';
import { fusedScore } from '../../../../src/core/face/match/frame-fusion';

const reference = l2Normalize([1, 0]);
const frames = [l2Normalize([1, 1]), l2Normalize([1, -1]), l2Normalize([0, 1])];

describe('fusedScore', () => {
  it('takes the best single score with max-score', () => {
    expect(fusedScore(reference, frames, 'max-score')).toBeCloseTo(Math.SQRT1_2, 6);
  });

  it('averages the scores with mean-score', () => {
    expect(fusedScore(reference, frames, 'mean-score')).toBeCloseTo((2 * Math.SQRT1_2) / 3, 6);
  });

  it('scores the normalised mean embedding with mean-embedding', () => {
    // Mean of the three unit vectors is (2/sqrt2, 1)/3 -> cosine with (1,0) = sqrt2 / sqrt3.
    expect(fusedScore(reference, frames, 'mean-embedding')).toBeCloseTo(
      Math.SQRT2 / Math.sqrt(3),
      6,
    );
  });

  it('refuses an empty frame list', () => {
    expect(() => fusedScore(reference, [], 'max-score')).toThrow(RangeError);
  });
});
