/**
 * The staff log: every staff action (login, lockout, setting changed, override, export, review)
 * as a hash chain in the store, so that a changed, removed or cut-off entry shows at verify-log.
 */
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { StaffRole } from '../../shared/kiosk-api/command-roles';
import { canonicalBytes } from '../records/canonical-json';

/** What a staff member did. */
export type StaffAction =
  | 'login'
  | 'logout'
  | 'session-expired'
  | 'login-failed'
  | 'lockout'
  | 'account-created'
  | 'setting-changed'
  | 'key-generated'
  | 'kiosk-locked'
  | 'kiosk-unlocked'
  | 'override'
  | 'export'
  | 'record-review';

/** Who acted: a staff account, a name typed at a failed login, or the kiosk's terminal (CLI). */
export interface StaffActor {
  readonly account: string;
  readonly role: StaffRole | null;
}

/** The actor of actions taken at the kiosk's terminal, where the OS login is the authentication. */
export const TERMINAL_ACTOR: StaffActor = { account: 'terminal', role: null };

/** Facts about an action: setting names and values, counts, ids; never names or ID numbers of workers. */
export type StaffDetail = Readonly<Record<string, string | number | boolean | null>>;

/** One entry as stored and chained. */
export interface StaffLogEntry extends StaffActor {
  readonly seq: number;
  readonly atMs: number;
  readonly action: StaffAction;
  readonly detail: StaffDetail;
  readonly previousHash: string | null;
  readonly entryHash: string;
}

/** The hash that chains an entry: sha256 of its canonical JSON including the previous hash. */
export function staffEntryHash(entry: Omit<StaffLogEntry, 'entryHash'>): string {
  const { seq, atMs, account, role, action, detail, previousHash } = entry;
  const body = { seq, atMs, account, role, action, detail, previousHash };
  return createHash('sha256').update(canonicalBytes(body)).digest('hex');
}

type Row = {
  seq: number;
  atMs: number;
  account: string;
  role: StaffRole | null;
  action: StaffAction;
  detail: string;
  previousHash: string | null;
  entryHash: string;
};
const COLUMNS =
  'seq, at_ms AS atMs, account, role, action, detail, previous_hash AS previousHash, entry_hash AS entryHash';

/** Appends one entry in its own transaction (or the caller's); returns it. */
export function appendStaffLog(
  db: Database,
  atMs: number,
  actor: StaffActor,
  action: StaffAction,
  detail: StaffDetail = {},
): StaffLogEntry {
  return db.transaction(() => {
    const head = db
      .prepare<[], { seq: number; entry_hash: string }>(
        'SELECT seq, entry_hash FROM staff_log_head',
      )
      .get();
    const unhashed = {
      seq: (head?.seq ?? 0) + 1,
      atMs,
      account: actor.account,
      role: actor.role,
      action,
      detail,
      previousHash: head?.entry_hash ?? null,
    };
    const entry = { ...unhashed, entryHash: staffEntryHash(unhashed) };
    db.prepare(
      `INSERT INTO staff_log (seq, at_ms, account, role, action, detail, previous_hash, entry_hash)
       VALUES (@seq, @atMs, @account, @role, @action, @detail, @previousHash, @entryHash)`,
    ).run({ ...entry, detail: JSON.stringify(detail) });
    db.prepare(
      `INSERT INTO staff_log_head (id, seq, entry_hash) VALUES (1, ?, ?)
       ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, entry_hash = excluded.entry_hash`,
    ).run(entry.seq, entry.entryHash);
    return entry;
  })();
}

/** The entries in chain order; a detail that is not JSON reads as a string so the hash check names it. */
export function* staffLogEntries(db: Database): Generator<StaffLogEntry> {
  for (const row of db
    .prepare<[], Row>(`SELECT ${COLUMNS} FROM staff_log ORDER BY seq`)
    .iterate()) {
    let detail: StaffDetail;
    try {
      detail = JSON.parse(row.detail) as StaffDetail;
    } catch {
      detail = { unreadable: row.detail };
    }
    yield { ...row, detail };
  }
}

/** The stored head: the last entry's sequence number and hash, or null for an empty log. */
export function staffLogHead(db: Database): { seq: number; entryHash: string } | null {
  const head = db
    .prepare<[], { seq: number; entryHash: string }>(
      'SELECT seq, entry_hash AS entryHash FROM staff_log_head',
    )
    .get();
  return head ?? null;
}
