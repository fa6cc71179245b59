// Exponential backoff with full jitter (the AWS Architecture Blog's "full jitter"): a random
// delay in [0, min(cap, base * 2^attempts)), so many kiosks coming back online do not retry in step.

/** Backoff settings: the first ceiling and the largest ceiling, both in ms. */
export interface BackoffPolicy {
  readonly baseMs: number;
  readonly capMs: number;
}

/** Sensible defaults for a collection point: 2 s first, never more than 10 minutes. */
export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2_000, capMs: 600_000 };

/** The delay before the next attempt after `attempts` failures; `random` returns [0, 1) and is injected for tests. */
export function backoffDelayMs(
  attempts: number,
  policy: BackoffPolicy,
  random: () => number,
): number {
  // 2^attempts overflows to Infinity long after the cap applies, which Math.min handles.
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempts));
  return Math.floor(random() * ceiling);
}
