import { describe, expect, it } from 'vitest';
import type { Point } from '../../../../src/core/face/face-landmarks';
import { fitHomography } from '../../../../src/core/face/eval/homography-fit';
import { FACE_3D } from '../synthetic-face';

describe('fitHomography', () => {
  it('recovers a known projective map exactly', () => {
    const h = [1.1, 0.1, 5, -0.05, 0.95, -3, 0.001, -0.002];
    const map = ({ x, y }: Point) => {
      const w = (h[6] as number) * x + (h[7] as number) * y + 1;
      return { x: (1.1 * x + 0.1 * y + 5) / w, y: (-0.05 * x + 0.95 * y - 3) / w };
    };
    const from = FACE_3D.map(({ x, y }) => ({ x: x * 100, y: y * 100 }));
    const fit = fitHomography(from, from.map(map));
    expect(fit).not.toBeNull();
    fit?.forEach((v, i) => expect(v).toBeCloseTo(h[i] as number, 6));
  });

  it('returns null when the points cannot fix a homography (all on one spot)', () => {
    const same = Array.from({ length: 6 }, () => ({ x: 1, y: 1 }));
    expect(fitHomography(same, same)).toBeNull();
  });
});
