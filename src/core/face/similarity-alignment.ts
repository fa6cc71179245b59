/**
 * Alignment onto the embedding model's template: the least-squares similarity (rotation, uniform
 * scale, translation; Umeyama without reflection) from five landmarks to the template points.
 */
import type { Affine } from './image-warp';
import type { Point } from './face-landmarks';

/** A similarity x' = a·x − b·y + tx, y' = b·x + a·y + ty. */
export interface Similarity {
  readonly a: number;
  readonly b: number;
  readonly tx: number;
  readonly ty: number;
}

const mean = (points: readonly Point[]): Point => ({
  x: points.reduce((s, p) => s + p.x, 0) / points.length,
  y: points.reduce((s, p) => s + p.y, 0) / points.length,
});

/** The similarity that best maps `from` onto `to` in the least-squares sense. */
export function fitSimilarity(from: readonly Point[], to: readonly Point[]): Similarity {
  if (from.length !== to.length || from.length < 2)
    throw new RangeError('Need two or more point pairs');
  const mf = mean(from);
  const mt = mean(to);
  let dot = 0;
  let cross = 0;
  let norm = 0;
  from.forEach((p, i) => {
    const q = to[i] as Point;
    const px = p.x - mf.x;
    const py = p.y - mf.y;
    const qx = q.x - mt.x;
    const qy = q.y - mt.y;
    dot += px * qx + py * qy;
    cross += px * qy - py * qx;
    norm += px * px + py * py;
  });
  if (norm === 0) throw new RangeError('Source points coincide');
  const a = dot / norm;
  const b = cross / norm;
  return { a, b, tx: mt.x - (a * mf.x - b * mf.y), ty: mt.y - (b * mf.x + a * mf.y) };
}

/** Applies a similarity to a point. */
export const applySimilarity = ({ a, b, tx, ty }: Similarity, p: Point): Point => ({
  x: a * p.x - b * p.y + tx,
  y: b * p.x + a * p.y + ty,
});

/**
 * The warp's inverse map for the aligned crop. Landmarks and the template are continuous
 * coordinates; the warp works on pixel centres, hence the half-pixel shifts.
 */
export function alignedCropInverse(s: Similarity): Affine {
  const det = s.a * s.a + s.b * s.b;
  const ia = s.a / det;
  const ib = -s.b / det;
  // Inverse similarity: p = R⁻¹(q − t); continuous q = pixel + 0.5, source pixel = p − 0.5.
  const itx = -(ia * s.tx - ib * s.ty);
  const ity = -(ib * s.tx + ia * s.ty);
  return [ia, -ib, ia * 0.5 - ib * 0.5 + itx - 0.5, ib, ia, ib * 0.5 + ia * 0.5 + ity - 0.5];
}

/** The five alignment points from the 68-point layout: eye centres, nose tip, mouth corners. */
export function fivePoints(landmarks: readonly Point[]): Point[] {
  const at = (i: number): Point => {
    const p = landmarks[i];
    if (!p) throw new RangeError(`Landmark ${i} missing: need the 68-point layout`);
    return p;
  };
  const centre = (from: number, to: number) =>
    mean(Array.from({ length: to - from + 1 }, (_, k) => at(from + k)));
  return [centre(36, 41), centre(42, 47), at(30), at(48), at(54)];
}
