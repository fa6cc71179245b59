/** Creates a staff account in a kiosk's store from the terminal (`kiosk provision --add-account`). */
import { openStoreDatabase } from '../store/database';
import type { StaffRole } from '../../shared/kiosk-api/command-roles';
import type { PinHashCost } from './pin-hash';
import { createAccount } from './staff-accounts';
import { TERMINAL_ACTOR } from './staff-log';

/** Opens (creating and migrating if needed) the store file, adds the account, logs it as the terminal's act. */
export async function addAccountToStore(
  dbPath: string,
  account: { readonly name: string; readonly role: StaffRole; readonly pin: string },
  nowMs: number,
  cost?: PinHashCost,
): Promise<void> {
  const db = openStoreDatabase(dbPath);
  try {
    await createAccount(db, account, TERMINAL_ACTOR, nowMs, cost);
  } finally {
    db.close();
  }
}
