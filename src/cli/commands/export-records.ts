// The records half of `kiosk export`: masked by default; full names and card numbers only after a
// technician's login (account name as an option, PIN typed at the terminal or piped on standard
// input, never argv, throttled like the console's), and then audited before the file is written,
// so no full export can exist without its audit and staff log entries.
import Database from 'better-sqlite3';
import { systemClock } from '../../core/clock';
import { openFileVault } from '../../core/device/key-vault-file';
import { recordsCsvLines, type IdentityDetail } from '../../core/export/records-csv';
import { StaffAccess } from '../../core/staff/staff-access';
import { appendStaffLog, type StaffActor } from '../../core/staff/staff-log';
import { appendAudit } from '../../core/store/audit-log';
import { createDataKeyRing } from '../../core/store/data-keys';
import { openStoreDatabase } from '../../core/store/database';
import type { KioskConfig } from '../../shared/config/config-schema';
import { LIFECYCLE_TEXTS } from '../../shared/i18n/catalog-lifecycle';
import type { LocalizedText } from '../../shared/i18n/locale';
import { readLoginPin } from '../read-pin';

/** What a records export reads and writes. */
export interface RecordsExport {
  readonly dbPath: string;
  readonly vaultDir: string;
  readonly range: { readonly fromMs: number; readonly toMs: number; readonly label: string };
  readonly detail: IdentityDetail;
}

/** Logs the technician `account` in with the PIN read by readLoginPin; the actor, or a text saying why not. */
export async function technicianLogin(
  dbPath: string,
  account: string | undefined,
  limits: KioskConfig['operator'],
): Promise<{ ok: true; actor: StaffActor } | { ok: false; text: LocalizedText }> {
  const refused = { ok: false, text: LIFECYCLE_TEXTS.exportFullNeedsTechnician } as const;
  if (!account) return refused;
  const pin = await readLoginPin();
  const db = openStoreDatabase(dbPath, { mustExist: true });
  try {
    const access = new StaffAccess(db, () => limits, systemClock);
    const outcome = await access.login(account, pin);
    const who = access.current();
    access.logout();
    if (outcome.kind !== 'ok' || who?.role !== 'technician') return refused;
    return { ok: true, actor: who };
  } finally {
    db.close();
  }
}

/** Audits a full export in the store's audit log and the staff log (ids and counts only). */
export function auditFullExport(dbPath: string, actor: StaffActor, detail: string): void {
  const db = openStoreDatabase(dbPath, { mustExist: true });
  try {
    const atMs = systemClock.now();
    db.transaction(() => {
      appendAudit(db, {
        atMs,
        actor: actor.account,
        action: 'records-exported',
        recordId: null,
        recordHash: null,
        detail,
      });
      appendStaffLog(db, atMs, actor, 'export', { detail });
    })();
  } finally {
    db.close();
  }
}

/** The CSV lines of the export, read from a read-only connection. */
export function recordsExportLines(options: RecordsExport): string[] {
  const db = new Database(options.dbPath, { readonly: true, fileMustExist: true });
  try {
    const keys = createDataKeyRing(db, openFileVault(options.vaultDir));
    return [...recordsCsvLines(db, keys, options.range, options.detail)];
  } finally {
    db.close();
  }
}
