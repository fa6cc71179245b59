/** Verifies the staff log: each entry's hash, each link, gap-free numbering, and the stored head. */
import type { StaffLogEntry } from './staff-log';
import { staffEntryHash } from './staff-log';

/** What broke at an entry. */
type StaffLogBreakKind = 'hash-mismatch' | 'link-broken' | 'seq-gap' | 'head-mismatch';

/** The outcome of verifying the staff log. */
export type StaffLogReport =
  | { readonly ok: true; readonly entries: number }
  | {
      readonly ok: false;
      readonly entries: number;
      readonly firstBreak: { readonly seq: number; readonly kind: StaffLogBreakKind };
    };

/** Verifies entries in chain order against the stored head (null: the store says the log is empty). */
export function verifyStaffLog(
  entries: Iterable<StaffLogEntry>,
  head: { seq: number; entryHash: string } | null,
): StaffLogReport {
  let previous: StaffLogEntry | null = null;
  let count = 0;
  const broken = (seq: number, kind: StaffLogBreakKind): StaffLogReport => ({
    ok: false,
    entries: count,
    firstBreak: { seq, kind },
  });
  for (const entry of entries) {
    count += 1;
    if (entry.seq !== (previous?.seq ?? 0) + 1) return broken(entry.seq, 'seq-gap');
    if (staffEntryHash(entry) !== entry.entryHash) return broken(entry.seq, 'hash-mismatch');
    if (entry.previousHash !== (previous?.entryHash ?? null))
      return broken(entry.seq, 'link-broken');
    previous = entry;
  }
  if ((head?.entryHash ?? null) !== (previous?.entryHash ?? null) || (head?.seq ?? 0) !== count)
    return broken(previous?.seq ?? 0, 'head-mismatch');
  return { ok: true, entries: count };
}
