// The records half of `kiosk export`: masked by default; full names and card numbers only after a
// technician's PIN (read from standard input, never argv), and then audited before the file is
// written, so no full export can exist without its audit entry.
import { text } from 'node:stream/consumers';
import Database from 'better-sqlite3';
import { systemClock } from '../../core/clock';
import { openFileVault } from '../../core/device/key-vault-file';
import { recordsCsvLines, type IdentityDetail } from '../../core/export/records-csv';
import { OperatorLogin } from '../../core/kiosk/operator-login';
import { appendAudit } from '../../core/store/audit-log';
import { createDataKeyRing } from '../../core/store/data-keys';
import { openStoreDatabase } from '../../core/store/database';
import type { KioskConfig } from '../../shared/config/config-schema';
import { LIFECYCLE_TEXTS } from '../../shared/i18n/catalog-lifecycle';
import type { LocalizedText } from '../../shared/i18n/locale';

/** What a records export reads and writes. */
export interface RecordsExport {
  readonly dbPath: string;
  readonly vaultDir: string;
  readonly range: { readonly fromMs: number; readonly toMs: number; readonly label: string };
  readonly detail: IdentityDetail;
}

/** Checks the technician PIN on standard input; the actor id, or a text saying why not. */
export async function technicianFromStdin(
  accounts: KioskConfig['operator'] | null,
): Promise<{ ok: true; actor: string } | { ok: false; text: LocalizedText }> {
  if (!accounts) return { ok: false, text: LIFECYCLE_TEXTS.exportFullNeedsTechnician };
  const pin = (await text(process.stdin)).trim();
  const login = new OperatorLogin(accounts, systemClock);
  const outcome = /^\d{4,12}$/.test(pin) ? login.login(pin) : null;
  const who = login.operator();
  if (outcome?.kind !== 'ok' || who?.role !== 'technician')
    return { ok: false, text: LIFECYCLE_TEXTS.exportFullNeedsTechnician };
  return { ok: true, actor: who.id };
}

/** Audits a full export in the store's audit log (ids and counts only). */
export function auditFullExport(dbPath: string, actor: string, detail: string): void {
  const db = openStoreDatabase(dbPath, { mustExist: true });
  try {
    appendAudit(db, {
      atMs: systemClock.now(),
      actor,
      action: 'records-exported',
      recordId: null,
      recordHash: null,
      detail,
    });
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
