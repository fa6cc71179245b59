import { describe, expect, it } from 'vitest';
import { median, medianFiltered } from '../../../src/core/face/median-filter';

describe('median filter', () => {
  it('takes the middle value, the upper one of an even count, and 0 of nothing', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(3);
    expect(median([])).toBe(0);
  });

  it('removes a one-frame glitch and keeps a step that lasts', () => {
    expect(medianFiltered([0, 0, 9, 0, 0])).toEqual([0, 0, 0, 0, 0]);
    expect(medianFiltered([0, 0, 5, 5, 5])).toEqual([0, 0, 0, 5, 5]);
  });
});
