/**
 * Masks an ID or PR number for screens and receipts: keeps floor(n/4) characters, at most 4, at
 * each end and replaces the rest with '*', so at least half of any number (and the whole birth
 * date of an 18-character number) stays hidden: `11010519491231002X` → `1101**********002X`.
 */
export function maskIdNumber(idNumber: string): string {
  const chars = [...idNumber];
  const keep = Math.min(4, Math.floor(chars.length / 4));
  return chars.map((char, i) => (i < keep || i >= chars.length - keep ? char : '*')).join('');
}
