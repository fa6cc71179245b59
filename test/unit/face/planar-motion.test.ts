import { describe, expect, it } from 'vitest';
import type { Point } from '../../../src/core/face/face-landmarks';
import { fitHomography, landmarkMotion } from '../../../src/core/face/planar-motion';
import { FACE_3D, project } from './synthetic-face';

describe('fitHomography', () => {
  it('recovers a known projective map exactly', () => {
    const h = [1.1, 0.1, 5, -0.05, 0.95, -3, 0.001, -0.002];
    const map = ({ x, y }: Point) => {
      const w = (h[6] as number) * x + (h[7] as number) * y + 1;
      return { x: (1.1 * x + 0.1 * y + 5) / w, y: (-0.05 * x + 0.95 * y - 3) / w };
    };
    const from = FACE_3D.map(({ x, y }) => ({ x: x * 100, y: y * 100 }));
    const fit = fitHomography(from, from.map(map));
    fit?.forEach((v, i) => expect(v).toBeCloseTo(h[i] as number, 6));
  });
});

describe('landmarkMotion', () => {
  it('finds no residual when a flat picture of a face is moved, tilted and zoomed', () => {
    const flat = project(0);
    // The picture (a plane) tilted: every point goes through the same homography.
    const moved = flat.map(({ x, y }) => {
      const w = 1 + 0.0004 * (x - 320);
      return {
        x: (1.05 * (x - 320) + 0.08 * (y - 240)) / w + 330,
        y: (-0.08 * (x - 320) + 1.05 * (y - 240)) / w + 236,
      };
    });
    const m = landmarkMotion(flat, moved, 160);
    expect(m.motion).toBeGreaterThan(0.02);
    expect(m.planarResidual).toBeLessThan(1e-6);
  });

  it('leaves a residual when a real (3D) head turns', () => {
    const m = landmarkMotion(project(0), project(0.25), 160);
    expect(m.motion).toBeGreaterThan(0.02);
    expect(m.planarResidual).toBeGreaterThan(0.006);
  });
});
