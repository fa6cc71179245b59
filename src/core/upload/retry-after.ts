// Retry-After (RFC 9110 §10.2.3): either delay-seconds or an HTTP-date. A platform that asks
// for a pause gets it; a value we cannot read is ignored and our own backoff applies.

/** The delay a Retry-After value asks for, in ms from `nowMs` (never negative); undefined when absent or unreadable. */
export function parseRetryAfterMs(
  value: string | null | undefined,
  nowMs: number,
): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Every HTTP-date form starts with a day name ("Wed, 21 Oct 2015 07:28:00 GMT"); this keeps
  // Date.parse from reading something like "1.5" as a date.
  if (!/^[A-Za-z]{3}/.test(text)) return undefined;
  const atMs = Date.parse(text);
  return Number.isNaN(atMs) ? undefined : Math.max(0, atMs - nowMs);
}
