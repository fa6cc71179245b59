/**
 * Scores the pairs of an evaluation set from per-image embeddings computed once. Genuine pairs
 * are every same-identity pair (first image = lower file name); impostors are every
 * cross-identity combination. A missing embedding (no face found) scores -1: a rejection.
 */
import { cosineSimilarity, type Embedding } from '../match/embedding-math';
import type { FaceSetImage } from './face-set';

/** Score of a pair with a side that produced no embedding: below any cosine, so always rejected. */
export const FAILURE_SCORE = -1;

/** Genuine and impostor scores of one condition. */
export interface ScoreLists {
  readonly genuine: number[];
  readonly impostors: number[];
}

/**
 * How the two sides of a pair are formed: `symmetric` when both sides are the same kind of image
 * (each unordered pair once); otherwise side A of every image meets side B of every other image.
 */
export interface PairSides {
  readonly a: readonly (Embedding | null)[];
  readonly b: readonly (Embedding | null)[];
  readonly symmetric: boolean;
}

const score = (a: Embedding | null | undefined, b: Embedding | null | undefined): number =>
  a && b ? cosineSimilarity(a, b) : FAILURE_SCORE;

/** Scores all pairs among the images whose indices are listed (all images when omitted). */
export function scorePairs(
  images: readonly FaceSetImage[],
  sides: PairSides,
  indices: readonly number[] = images.map((_, k) => k),
): ScoreLists {
  const genuine: number[] = [];
  const impostors: number[] = [];
  for (let p = 0; p < indices.length; p += 1) {
    const i = indices[p] as number;
    const start = sides.symmetric ? p + 1 : 0;
    for (let q = start; q < indices.length; q += 1) {
      const j = indices[q] as number;
      if (i === j) continue;
      const sameIdentity = images[i]?.identity === images[j]?.identity;
      // A genuine pair is taken once, in file order, in either mode.
      if (sameIdentity && j > i) genuine.push(score(sides.a[i], sides.b[j]));
      else if (!sameIdentity) impostors.push(score(sides.a[i], sides.b[j]));
    }
  }
  return { genuine, impostors };
}
