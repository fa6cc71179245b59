// Local calendar days (YYYY-MM-DD), the unit of the point's daily figures and of export ranges.
// Local, not UTC: a point's "today" starts at its own midnight.

/** The local day's bounds in epoch ms; throws RangeError on a malformed or impossible date. */
export function dayBounds(day: string): { fromMs: number; toMs: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const from = match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
  if (!from || from.getDate() !== Number(match?.[3]) || from.getMonth() !== Number(match?.[2]) - 1)
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${day}`);
  const to = new Date(from);
  to.setDate(to.getDate() + 1);
  return { fromMs: from.getTime(), toMs: to.getTime() };
}

/** The local calendar day of an instant, YYYY-MM-DD. */
export function localDay(ms: number): string {
  const date = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Every local day from `from` to `to`, both included; RangeError when `to` is before `from`. */
export function daysFromTo(from: string, to: string): string[] {
  const last = dayBounds(to).fromMs;
  let at = dayBounds(from).fromMs;
  if (at > last) throw new RangeError(`The range ends (${to}) before it starts (${from})`);
  const days: string[] = [];
  while (at <= last) {
    const day = localDay(at);
    days.push(day);
    at = dayBounds(day).toMs;
  }
  return days;
}

/** The `count` local days ending with the day of `nowMs`, oldest first. */
export function lastDays(nowMs: number, count: number): string[] {
  const today = new Date(nowMs);
  const first = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (count - 1));
  return daysFromTo(localDay(first.getTime()), localDay(nowMs));
}
