/** Staff accounts in the store: name, role and PIN hash; created with the PIN rules checked and the act logged. */
import type { Database } from 'better-sqlite3';
import { STAFF_MESSAGES } from '../../shared/i18n/catalog-staff';
import { localize } from '../../shared/i18n/locale';
import type { StaffRole } from '../../shared/kiosk-api/command-roles';
import { accountNameSchema } from '../../shared/kiosk-api/staff-commands';
import { KioskError } from '../kiosk-error';
import { hashPin, type PinHashCost } from './pin-hash';
import { checkNewPin } from './pin-rules';
import { appendStaffLog, type StaffActor } from './staff-log';

/** A stored account. */
export interface StaffAccount {
  readonly name: string;
  readonly role: StaffRole;
  readonly pinHash: string;
}

/** Why an account could not be created: a bad name, a refused PIN, or a name already taken. */
export class AccountError extends KioskError {}

/** The account of that name (case-insensitive), or null. */
export function findAccount(db: Database, name: string): StaffAccount | null {
  const row = db
    .prepare<[string], StaffAccount>(
      'SELECT name, role, pin_hash AS pinHash FROM staff_accounts WHERE name = ?',
    )
    .get(name);
  return row ?? null;
}

/** Whether any technician account exists (a first-boot kiosk has none). */
export function hasTechnician(db: Database): boolean {
  return (
    db.prepare("SELECT 1 FROM staff_accounts WHERE role = 'technician' LIMIT 1").get() !== undefined
  );
}

/** What a new account is made of. */
export interface NewAccount {
  readonly name: string;
  readonly role: StaffRole;
  readonly pin: string;
}

/** Checks name and PIN, hashes the PIN off the event loop, stores the account and logs who created it. */
export async function createAccount(
  db: Database,
  account: NewAccount,
  by: StaffActor,
  nowMs: number,
  cost?: PinHashCost,
): Promise<void> {
  if (!accountNameSchema.safeParse(account.name).success)
    throw new AccountError('staff.account-name-invalid', STAFF_MESSAGES.accountNameInvalid);
  const refusal = checkNewPin(account.pin);
  if (refusal) throw new AccountError('staff.pin-refused', STAFF_MESSAGES[refusal]);
  const exists = () =>
    new AccountError(
      'staff.account-exists',
      localize(STAFF_MESSAGES.accountExists, { name: account.name }),
    );
  if (findAccount(db, account.name)) throw exists();
  const pinHash = await hashPin(account.pin, cost);
  db.transaction(() => {
    // Checked again: another creation may have taken the name while the PIN was hashing.
    if (findAccount(db, account.name)) throw exists();
    db.prepare(
      'INSERT INTO staff_accounts (name, role, pin_hash, created_at_ms) VALUES (?, ?, ?, ?)',
    ).run(account.name, account.role, pinHash, nowMs);
    appendStaffLog(db, nowMs, by, 'account-created', { name: account.name, role: account.role });
  })();
}
