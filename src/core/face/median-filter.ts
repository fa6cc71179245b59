/** The median and the 3-frame median filter the liveness measurements are smoothed with. */

/** The median of `values` (the upper one of an even count); 0 when there are none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Each value replaced by the median of itself and the two before it: one-frame landmark glitches go. */
export function medianFiltered(values: readonly number[]): number[] {
  return values.map((_, i) => median(values.slice(Math.max(0, i - 2), i + 1)));
}
