import { describe, expect, it } from 'vitest';
import { subjectRows, subjectTable } from '../../../../src/core/face/eval/liveness-subjects';

const thresholds = [
  { label: 'a (0.9)', value: 0.9 },
  { label: 'b (0.99)', value: 0.99 },
];

describe('liveness by subject', () => {
  const rows = subjectRows(
    {
      replay: { r1: [0.95, 0.99], r2: [0.999, null], r3: [0.2] },
      live: { l1: [0.995, 0.999], l2: [0.93] },
    },
    thresholds,
  );

  it('counts the subjects whose mean reaches each threshold, a missing face as 0, live first', () => {
    expect(rows).toEqual([
      { kind: 'live', subjects: 2, atOrAbove: [2, 1] },
      // r1's mean 0.97 reaches 0.9 only; r2's 0.4995 (one frame without a face) neither.
      { kind: 'replay', subjects: 3, atOrAbove: [1, 0] },
    ]);
  });

  it('prints one row per class', () => {
    const table = subjectTable(rows, thresholds).split('\n');
    expect(table[0]).toBe('| kind | subjects | mean ≥ a (0.9) | mean ≥ b (0.99) |');
    expect(table[3]).toBe('| replay | 3 | 1 | 0 |');
  });
});
