// The kiosk's clock stamps every record, so a wrong clock is worth an operator's attention. The
// platform's Date header (1 s resolution) compared with the midpoint of the request gives the skew.

/** Estimates how far the server's clock is ahead (+) or behind (-) ours, in ms; undefined without a readable Date. */
export function estimateSkewMs(
  dateHeader: string | null | undefined,
  sentAtMs: number,
  receivedAtMs: number,
): number | undefined {
  if (!dateHeader) return undefined;
  const serverMs = Date.parse(dateHeader);
  if (Number.isNaN(serverMs)) return undefined;
  // Date is truncated to the second: compare with the middle of that second.
  return serverMs + 500 - (sentAtMs + receivedAtMs) / 2;
}

/** Tracks skew across requests and says when it newly goes beyond the threshold, so the operator is told once. */
export interface SkewMonitor {
  /** Returns the skew when it has just crossed the threshold (was fine, now is not); otherwise undefined. */
  observe(skewMs: number | undefined): number | undefined;
}

/** A skew monitor with a threshold in ms (a minute by default: record times are shown to the minute). */
export function createSkewMonitor(thresholdMs = 60_000): SkewMonitor {
  let skewed = false;
  return {
    observe(skewMs) {
      if (skewMs === undefined) return undefined;
      const now = Math.abs(skewMs) > thresholdMs;
      const crossed = now && !skewed;
      skewed = now;
      return crossed ? skewMs : undefined;
    },
  };
}
