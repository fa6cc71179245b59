/** Softmax over a classifier's logits. */

/** Probabilities from logits (numerically stable). */
export function softmax(logits: ArrayLike<number>): number[] {
  const values = Array.from(logits);
  const max = Math.max(...values);
  const exps = values.map((v) => Math.exp(v - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((v) => v / sum);
}

/** The expected value of binned logits: Σ p(bin)·(first + bin·width), e.g. a head angle in degrees. */
export function binnedExpectation(
  logits: ArrayLike<number>,
  firstBin: number,
  binWidth: number,
): number {
  return softmax(logits).reduce((sum, p, bin) => sum + p * (firstBin + bin * binWidth), 0);
}
