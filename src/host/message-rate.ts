/** A token bucket per connection: bounds how many commands a client may send per second. */

/** The rate a connection may send commands at. */
export interface RateLimit {
  /** Commands refilled per second (the sustained rate). */
  readonly perSecond: number;
  /** Commands that may arrive at once. */
  readonly burst: number;
}

/** Over three times what the screens send: a camera frame every FRAME_INTERVAL_MS, a few commands and taps. */
export const DEFAULT_COMMAND_RATE: RateLimit = { perSecond: 50, burst: 100 };

/** Makes a bucket; `take` says whether one more command fits now. */
export function createRateBucket(limit: RateLimit, nowMs: () => number): { take(): boolean } {
  let tokens = limit.burst;
  let lastMs = nowMs();
  return {
    take() {
      const now = nowMs();
      tokens = Math.min(limit.burst, tokens + ((now - lastMs) / 1000) * limit.perSecond);
      lastMs = now;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
