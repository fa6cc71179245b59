import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  equalErrorRate,
  farIsSupported,
  rocCurve,
  tarAtFar,
} from '../../../../src/core/face/eval/roc-metrics';

const scores = fc.array(
  fc.integer({ min: -100, max: 100 }).map((n) => n / 100),
  { minLength: 1, maxLength: 60 },
);

describe('equalErrorRate', () => {
  it('is zero when genuine and impostor scores separate', () => {
    expect(equalErrorRate([0.9, 0.8, 0.7, 0.6], [0.1, 0.2, 0.3, 0.4])).toBe(0);
  });

  it('is one when every impostor outscores every genuine pair', () => {
    expect(equalErrorRate([0.1, 0.2], [0.8, 0.9])).toBe(1);
  });

  it('finds the crossing on a hand-made overlap', () => {
    // At "accept >= 0.6": FAR 1/4 (0.65), FRR 1/4 (0.5).
    expect(equalErrorRate([0.5, 0.6, 0.7, 0.8], [0.1, 0.2, 0.3, 0.65])).toBeCloseTo(0.25, 12);
  });

  it('interpolates between the two points around the crossing', () => {
    // (FAR 0, FRR .5) then, with the tie at 0.5, (FAR .5, FRR 0): the lines cross at .25.
    expect(equalErrorRate([0.5, 0.9], [0.5, 0.1])).toBeCloseTo(0.25, 12);
  });

  it('is NaN without scores', () => {
    expect(equalErrorRate([], [0.1])).toBeNaN();
  });

  it('stays within [0, 1]', () => {
    fc.assert(
      fc.property(scores, scores, (g, i) => {
        const eer = equalErrorRate(g, i);
        expect(eer).toBeGreaterThanOrEqual(0);
        expect(eer).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('farIsSupported', () => {
  it('needs at least 1/FAR impostors', () => {
    expect(farIsSupported(0.001, 999)).toBe(false);
    expect(farIsSupported(0.001, 1000)).toBe(true);
    expect(farIsSupported(0.0001, 10_000)).toBe(true);
    expect(farIsSupported(0.01, 0)).toBe(false);
  });
});

describe('tarAtFar', () => {
  const impostors = Array.from({ length: 100 }, (_, k) => k / 100); // 0.00 .. 0.99

  it('sets the threshold at the impostor score that leaves FAR*n above it', () => {
    // One impostor (0.99) may pass at FAR 1%: the threshold is the next one, 0.98.
    const genuine = [0.5, 0.985, 0.99, 1];
    expect(tarAtFar(genuine, impostors, 0.01)).toEqual({ far: 0.01, threshold: 0.98, tar: 0.75 });
  });

  it('rejects genuine scores that tie the threshold', () => {
    expect(tarAtFar([0.98], impostors, 0.01).tar).toBe(0);
  });

  it('returns nulls for a FAR the impostor count cannot support', () => {
    expect(tarAtFar([0.5], impostors, 0.001)).toEqual({ far: 0.001, threshold: null, tar: null });
  });

  it('never lets more than FAR*n impostors pass, and TAR grows with FAR', () => {
    fc.assert(
      fc.property(
        scores,
        fc.array(
          fc.integer({ min: -100, max: 100 }).map((n) => n / 100),
          { minLength: 100, maxLength: 300 },
        ),
        (g, imp) => {
          const strict = tarAtFar(g, imp, 0.01);
          const loose = tarAtFar(g, imp, 0.1);
          const passed = imp.filter((s) => s > (strict.threshold as number)).length;
          expect(passed).toBeLessThanOrEqual(Math.floor(0.01 * imp.length));
          expect(loose.tar as number).toBeGreaterThanOrEqual(strict.tar as number);
        },
      ),
    );
  });
});

describe('rocCurve', () => {
  it('walks from (0,0) to (1,1) through every distinct score', () => {
    expect(rocCurve([0.9, 0.5], [0.5, 0.1])).toEqual([
      { lowestAccepted: Infinity, far: 0, tar: 0 },
      { lowestAccepted: 0.9, far: 0, tar: 0.5 },
      { lowestAccepted: 0.5, far: 0.5, tar: 1 },
      { lowestAccepted: 0.1, far: 1, tar: 1 },
    ]);
  });

  it('thins to the number of points asked for, keeping both ends', () => {
    const roc = rocCurve([0.1, 0.2, 0.3, 0.4, 0.5], [0.05, 0.15, 0.25], 3);
    expect(roc).toHaveLength(3);
    expect(roc[0]).toMatchObject({ far: 0, tar: 0 });
    expect(roc[2]).toMatchObject({ far: 1, tar: 1 });
  });
});
