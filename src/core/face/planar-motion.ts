/**
 * Frame-to-frame motion evidence from landmarks. A photo or a screen is a plane: however it is
 * moved, its landmarks in two frames are related by one homography. A real head turning or
 * changing expression is not, so the homography leaves a residual above landmark noise.
 */
import type { Point } from './face-landmarks';

/** How the landmarks moved between two frames, in units of the face box height. */
export interface LandmarkMotion {
  /** RMS landmark displacement. */
  readonly motion: number;
  /** RMS residual of the best homography between the two point sets. */
  readonly planarResidual: number;
}

/** Solves A·x = b (n×n, row-major) by Gaussian elimination with partial pivoting; null if singular. */
function solve(a: number[][], b: number[]): number[] | null {
  const n = b.length;
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let r = col + 1; r < n; r += 1)
      if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    if (Math.abs(a[pivot]![col]!) < 1e-12) return null;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    [b[col], b[pivot]] = [b[pivot]!, b[col]!];
    for (let r = col + 1; r < n; r += 1) {
      const f = a[r]![col]! / a[col]![col]!;
      for (let c = col; c < n; c += 1) a[r]![c]! -= f * a[col]![c]!;
      b[r]! -= f * b[col]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r -= 1) {
    let s = b[r]!;
    for (let c = r + 1; c < n; c += 1) s -= a[r]![c]! * x[c]!;
    x[r] = s / a[r]![r]!;
  }
  return x;
}

/** Homography (h33 = 1) mapping `from` onto `to` by linear least squares, as 8 coefficients. */
export function fitHomography(from: readonly Point[], to: readonly Point[]): number[] | null {
  const ata = Array.from({ length: 8 }, () => new Array<number>(8).fill(0));
  const atb = new Array<number>(8).fill(0);
  const addRow = (row: number[], rhs: number) => {
    for (let i = 0; i < 8; i += 1) {
      atb[i]! += row[i]! * rhs;
      for (let j = 0; j < 8; j += 1) ata[i]![j]! += row[i]! * row[j]!;
    }
  };
  from.forEach(({ x, y }, k) => {
    const { x: u, y: v } = to[k]!;
    addRow([x, y, 1, 0, 0, 0, -u * x, -u * y], u);
    addRow([0, 0, 0, x, y, 1, -v * x, -v * y], v);
  });
  return solve(ata, atb);
}

const project = (h: readonly number[], { x, y }: Point): Point => {
  const w = h[6]! * x + h[7]! * y + 1;
  return { x: (h[0]! * x + h[1]! * y + h[2]!) / w, y: (h[3]! * x + h[4]! * y + h[5]!) / w };
};

/** Motion and planar residual between the same face's landmarks in two frames. */
export function landmarkMotion(
  previous: readonly Point[],
  current: readonly Point[],
  faceHeight: number,
): LandmarkMotion {
  // Normalise to the face's own scale so the 8x8 system is well conditioned and results are unitless.
  const cx = previous.reduce((s, p) => s + p.x, 0) / previous.length;
  const cy = previous.reduce((s, p) => s + p.y, 0) / previous.length;
  const norm = (p: Point): Point => ({ x: (p.x - cx) / faceHeight, y: (p.y - cy) / faceHeight });
  const from = previous.map(norm);
  const to = current.map(norm);
  const rms = (a: readonly Point[], b: readonly Point[]) =>
    Math.sqrt(a.reduce((s, p, k) => s + (p.x - b[k]!.x) ** 2 + (p.y - b[k]!.y) ** 2, 0) / a.length);
  const h = fitHomography(from, to);
  const motion = rms(from, to);
  return {
    motion,
    planarResidual: h
      ? rms(
          from.map((p) => project(h, p)),
          to,
        )
      : motion,
  };
}
