import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Point } from '../../../src/core/face/face-landmarks';
import {
  alignedCropInverse,
  applySimilarity,
  fitSimilarity,
  fivePoints,
} from '../../../src/core/face/similarity-alignment';
import { warpAffine } from '../../../src/core/face/image-warp';

const TEMPLATE: Point[] = [
  { x: 38.2946, y: 51.6963 },
  { x: 73.5318, y: 51.5014 },
  { x: 56.0252, y: 71.7366 },
  { x: 41.5493, y: 92.3655 },
  { x: 70.7299, y: 92.2041 },
];

const similarityArb = fc.record({
  angle: fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
  scale: fc.double({ min: 0.2, max: 5, noNaN: true }),
  tx: fc.double({ min: -500, max: 500, noNaN: true }),
  ty: fc.double({ min: -500, max: 500, noNaN: true }),
});

describe('fitSimilarity', () => {
  it('recovers any known similarity from the five template points', () => {
    fc.assert(
      fc.property(similarityArb, ({ angle, scale, tx, ty }) => {
        const truth = { a: scale * Math.cos(angle), b: scale * Math.sin(angle), tx, ty };
        const fit = fitSimilarity(
          TEMPLATE,
          TEMPLATE.map((p) => applySimilarity(truth, p)),
        );
        expect(fit.a).toBeCloseTo(truth.a, 6);
        expect(fit.b).toBeCloseTo(truth.b, 6);
        expect(fit.tx).toBeCloseTo(truth.tx, 4);
        expect(fit.ty).toBeCloseTo(truth.ty, 4);
      }),
    );
  });

  it('minimises the squared error when the points are noisy: any nudge of a parameter makes it worse', () => {
    const truth = { a: 0.8, b: 0.3, tx: 10, ty: -4 };
    const noise = [0.5, -0.7, 0.25, -0.25, 0.9];
    const target = TEMPLATE.map((p) => applySimilarity(truth, p)).map((p, i) => ({
      x: p.x + (noise[i] ?? 0),
      y: p.y - (noise[(i + 2) % 5] ?? 0),
    }));
    const sse = (s: typeof truth) =>
      TEMPLATE.reduce((sum, p, i) => {
        const q = applySimilarity(s, p);
        const t = target[i] as Point;
        return sum + (q.x - t.x) ** 2 + (q.y - t.y) ** 2;
      }, 0);
    const fit = fitSimilarity(TEMPLATE, target);
    for (const key of ['a', 'b', 'tx', 'ty'] as const) {
      for (const delta of [-1e-3, 1e-3])
        expect(sse({ ...fit, [key]: fit[key] + delta })).toBeGreaterThan(sse(fit));
    }
  });

  it('rejects coincident source points', () => {
    const same = [
      { x: 1, y: 1 },
      { x: 1, y: 1 },
    ];
    expect(() => fitSimilarity(same, TEMPLATE.slice(0, 2))).toThrow(RangeError);
  });
});

describe('alignedCropInverse', () => {
  it('brings a dot at a landmark onto its template position in the aligned crop', () => {
    // A 200x200 frame with one bright pixel at the (rotated, scaled) left-eye position.
    const truth = { a: 1.6 * Math.cos(0.4), b: 1.6 * Math.sin(0.4), tx: 30, ty: 20 };
    const eye = applySimilarity(truth, TEMPLATE[0] as Point);
    const frame = { width: 200, height: 200, data: new Uint8Array(200 * 200 * 3) };
    const px = Math.floor(eye.x);
    const py = Math.floor(eye.y);
    for (let dy = -2; dy <= 2; dy += 1)
      for (let dx = -2; dx <= 2; dx += 1)
        frame.data.set([255, 255, 255], ((py + dy) * 200 + px + dx) * 3);
    const fit = fitSimilarity(
      TEMPLATE.map((p) => applySimilarity(truth, p)),
      TEMPLATE,
    );
    const aligned = warpAffine(frame, alignedCropInverse(fit), 112, 112);
    let sx = 0;
    let sy = 0;
    let sum = 0;
    for (let y = 0; y < 112; y += 1)
      for (let x = 0; x < 112; x += 1) {
        const v = aligned.data[(y * 112 + x) * 3] as number;
        sx += v * (x + 0.5);
        sy += v * (y + 0.5);
        sum += v;
      }
    // The blob's centre (pixel px+0.5) maps to the template eye, up to the sub-pixel offset of the blob.
    const expected = applySimilarity(fit, { x: px + 0.5, y: py + 0.5 });
    expect(sx / sum).toBeCloseTo(expected.x, 0);
    expect(sy / sum).toBeCloseTo(expected.y, 0);
    expect(Math.hypot(expected.x - 38.2946, expected.y - 51.6963)).toBeLessThan(1);
  });
});

describe('fivePoints', () => {
  it('takes eye centres from points 36-41 and 42-47, the nose tip 30 and mouth corners 48, 54', () => {
    const landmarks = Array.from({ length: 68 }, (_, i) => ({ x: i, y: 2 * i }));
    expect(fivePoints(landmarks)).toEqual([
      { x: 38.5, y: 77 },
      { x: 44.5, y: 89 },
      { x: 30, y: 60 },
      { x: 48, y: 96 },
      { x: 54, y: 108 },
    ]);
  });
});
