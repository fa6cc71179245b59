/**
 * Verification metrics over genuine and impostor score lists. A pair is accepted when its score
 * is strictly above the threshold, the same rule the matcher's decision applies.
 */

/** One point of a ROC curve: accepting every score at or above `lowestAccepted` gives these rates. */
export interface RocPoint {
  readonly lowestAccepted: number;
  readonly far: number;
  readonly tar: number;
}

/** The operating point for one target FAR; null fields when the impostor count cannot support it. */
export interface FarOperatingPoint {
  readonly far: number;
  readonly threshold: number | null;
  readonly tar: number | null;
}

const descending = (scores: readonly number[]): Float64Array =>
  Float64Array.from(scores).sort().reverse();

/** Number of scores in a descending array that are strictly above `threshold`. */
function countAbove(sortedDesc: Float64Array, threshold: number): number {
  let lo = 0;
  let hi = sortedDesc.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sortedDesc[mid] as number) > threshold) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether `impostorCount` impostor scores can support a target FAR: at least 1/FAR of them, so
 * that the threshold is set by an actual impostor score rather than extrapolated. The small
 * tolerance keeps 1000 impostors valid for FAR 0.001 despite floating point.
 */
export function farIsSupported(far: number, impostorCount: number): boolean {
  return impostorCount > 0 && impostorCount * far >= 1 - 1e-9;
}

/**
 * Threshold and TAR at a target FAR. At most floor(FAR * n) impostors may score above the
 * threshold, so the threshold is the (floor(FAR * n) + 1)-th highest impostor score; ties at the
 * threshold are rejected, which keeps the realised FAR at or below the target.
 */
export function tarAtFar(
  genuine: readonly number[],
  impostors: readonly number[],
  far: number,
): FarOperatingPoint {
  if (!farIsSupported(far, impostors.length) || genuine.length === 0)
    return { far, threshold: null, tar: null };
  const imp = descending(impostors);
  const allowed = Math.floor(far * imp.length + 1e-9);
  const threshold = imp[Math.min(allowed, imp.length - 1)] as number;
  const gen = descending(genuine);
  return { far, threshold, tar: countAbove(gen, threshold) / gen.length };
}

/**
 * The ROC curve at every distinct score, from the strictest operating point to the most lenient,
 * starting at (FAR 0, TAR 0); each point accepts the scores at or above `lowestAccepted`.
 * `maxPoints` thins it evenly for printing or plotting.
 */
export function rocCurve(
  genuine: readonly number[],
  impostors: readonly number[],
  maxPoints = Infinity,
): RocPoint[] {
  const gen = descending(genuine);
  const imp = descending(impostors);
  const points: RocPoint[] = [{ lowestAccepted: Infinity, far: 0, tar: 0 }];
  let g = 0;
  let i = 0;
  // One merge sweep: O(n) after sorting, which matters with half a million impostors.
  while (g < gen.length || i < imp.length) {
    const score = Math.max(gen[g] ?? -Infinity, imp[i] ?? -Infinity);
    while (g < gen.length && gen[g] === score) g += 1;
    while (i < imp.length && imp[i] === score) i += 1;
    points.push({
      lowestAccepted: score,
      far: imp.length ? i / imp.length : 0,
      tar: gen.length ? g / gen.length : 0,
    });
  }
  if (points.length <= maxPoints) return points;
  const step = (points.length - 1) / (maxPoints - 1);
  return Array.from({ length: maxPoints }, (_, k) => points[Math.round(k * step)] as RocPoint);
}

/**
 * Equal error rate, linearly interpolated between the two ROC points where FAR and FRR cross.
 * NaN when either list is empty.
 */
export function equalErrorRate(genuine: readonly number[], impostors: readonly number[]): number {
  if (genuine.length === 0 || impostors.length === 0) return Number.NaN;
  const roc = rocCurve(genuine, impostors);
  let previous = roc[0] as RocPoint;
  for (const point of roc) {
    const frr = 1 - point.tar;
    if (point.far >= frr) {
      const before = 1 - previous.tar - previous.far;
      const after = frr - point.far;
      const alpha = before === after ? 0 : before / (before - after);
      return previous.far + alpha * (point.far - previous.far);
    }
    previous = point;
  }
  return 1;
}
