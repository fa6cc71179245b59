// The national-standard timestamp: `yyyy-MM-dd HH:mm:ss` in China Standard Time (UTC+8, no
// daylight saving), whatever time zone the kiosk itself is set to.

const CST_OFFSET_MS = 8 * 3_600_000;
const PATTERN = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** Formats an instant as China Standard Time, `yyyy-MM-dd HH:mm:ss`. */
export function formatChinaTime(ms: number): string {
  return new Date(ms + CST_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** Reads a `yyyy-MM-dd HH:mm:ss` China Standard Time stamp; undefined when it is not one. */
export function parseChinaTime(text: string): number | undefined {
  const parts = PATTERN.exec(text);
  if (!parts) return undefined;
  const [, y, mo, d, h, mi, s] = parts.map(Number) as [number, ...number[]];
  const ms = Date.UTC(y ?? 0, (mo ?? 1) - 1, d, h, mi, s) - CST_OFFSET_MS;
  // Date.UTC rolls 2026-02-31 over into March: such a stamp is not a real time.
  return formatChinaTime(ms) === text ? ms : undefined;
}
