// `kiosk verify-log`: checks the whole local record log (hash chain, every signature, every
// sealed payload) and names the first break. Reads only: a broken log is evidence, kept as it is.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openFileVault } from '../../core/device/key-vault-file';
import { KioskError } from '../../core/kiosk-error';
import type { LogReport } from '../../core/records/log-verifier';
import { openStoreDatabase } from '../../core/store/database';
import { staffLogEntries, staffLogHead } from '../../core/staff/staff-log';
import { verifyStaffLog, type StaffLogReport } from '../../core/staff/staff-log-verifier';
import { verifyStoredLog } from '../../core/store/stored-log-verifier';
import { STAFF_MESSAGES } from '../../shared/i18n/catalog-staff';
import { RECORD_TEXTS } from '../../shared/i18n/catalog-records';
import { fillTemplate, localize, type Locale, type LocalizedText } from '../../shared/i18n/locale';
import { CONFIG_OPTIONS, CONFIG_USAGE, loadCliConfig } from '../cli-config';
import type { CliCommand } from '../command';

const usage = `Usage: kiosk verify-log [--config FILE] [--site-policy FILE] [--dev] [--db FILE] [--vault DIR] [--json]

  Verifies the hash chain and every record signature of the local log, and the hash chain of the
  staff log (logins, lockouts, settings changed, overrides, exports, reviews); names the first break.
${CONFIG_USAGE}
  --db FILE            the record store (default: storage.dbPath of the configuration)
  --vault DIR          the key vault that unseals it (default: storage.vaultDir)
  --json               print the report as JSON
  Exit code: 0 both intact, 1 either broken, 3 the log could not be read (configuration, vault or
  database error).`;

function describe(report: LogReport): LocalizedText {
  if (report.ok)
    return localize(RECORD_TEXTS.verifyLogIntact, {
      records: report.records,
      purged: report.purged,
    });
  const { position, recordId, kind } = report.firstBreak;
  const what = RECORD_TEXTS[`break.${kind}`];
  const fill = (locale: Locale) =>
    fillTemplate(RECORD_TEXTS.verifyLogBroken[locale], { position, recordId, what: what[locale] });
  return { 'zh-CN': fill('zh-CN'), en: fill('en') };
}

function describeStaff(report: StaffLogReport): LocalizedText {
  if (report.ok) return localize(STAFF_MESSAGES.staffLogIntact, { entries: report.entries });
  const { seq, kind } = report.firstBreak;
  const what = STAFF_MESSAGES[`staffBreak.${kind}`];
  const fill = (locale: Locale) =>
    fillTemplate(STAFF_MESSAGES.staffLogBroken[locale], { seq, what: what[locale] });
  return { 'zh-CN': fill('zh-CN'), en: fill('en') };
}

function verify(dbPath: string, vaultDir: string): { records: LogReport; staff: StaffLogReport } {
  // Checked here because opening would otherwise create an empty store and call it intact.
  if (!existsSync(dbPath))
    throw new KioskError('store-missing', localize(RECORD_TEXTS.storeMissing, { path: dbPath }));
  const vault = openFileVault(vaultDir);
  const db = openStoreDatabase(dbPath, { mustExist: true });
  try {
    return {
      records: verifyStoredLog(db, vault),
      staff: verifyStaffLog(staffLogEntries(db), staffLogHead(db)),
    };
  } finally {
    db.close();
  }
}

/** The verify-log subcommand. */
export const verifyLogCommand: CliCommand = {
  name: 'verify-log',
  summary: 'verify the local record log: hash chain and every signature',
  usage,
  async run(args) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        ...CONFIG_OPTIONS,
        db: { type: 'string' },
        vault: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    const json = values.json ?? false;
    let report: { records: LogReport; staff: StaffLogReport };
    try {
      const { storage } = await loadCliConfig(values);
      report = verify(values.db ?? storage.dbPath, values.vault ?? storage.vaultDir);
    } catch (error) {
      if (!(error instanceof KioskError)) throw error;
      const problem = error.toProblem();
      if (json) process.stdout.write(`${JSON.stringify({ ok: false, problem })}\n`);
      else
        process.stderr.write(
          `${RECORD_TEXTS.verifyLogFailed['zh-CN']} ${problem.text['zh-CN']}\n${RECORD_TEXTS.verifyLogFailed.en} ${problem.text.en}\n`,
        );
      return 3;
    }
    const texts = [describe(report.records), describeStaff(report.staff)];
    process.stdout.write(
      json
        ? `${JSON.stringify({ ...report.records, staffLog: report.staff })}\n`
        : texts.map((text) => `${text['zh-CN']}\n${text.en}\n`).join(''),
    );
    return report.records.ok && report.staff.ok ? 0 : 1;
  },
};
