/**
 * The least-squares homography between two point sets: how a plane (a print, a screen) maps from
 * one view to another. The synthetic attack clips render prints through it.
 */
import type { Point } from '../face-landmarks';

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
