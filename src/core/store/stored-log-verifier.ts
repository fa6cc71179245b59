// verify-log over the store: reads every record (unsealing through the vault) and checks the
// chain, every signature and the recorded head. Reads only; never changes the database.
import type { Database } from 'better-sqlite3';
import type { KeyVault } from '../device/key-vault';
import { verifyLog, type LogReport } from '../records/log-verifier';
import { createDataKeyRing } from './data-keys';
import { chainHead, logEntries } from './record-reader';
import { withStoreErrors } from './store-error';

/** Verifies the whole local log; throws KeyVaultError when the vault cannot unwrap the data keys. */
export function verifyStoredLog(db: Database, vault: KeyVault): LogReport {
  return withStoreErrors(() => {
    const keys = createDataKeyRing(db, vault);
    return verifyLog(logEntries(db, keys), chainHead(db));
  });
}
