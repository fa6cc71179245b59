// `kiosk verify-log`: checks the whole local record log (hash chain, every signature, every
// sealed payload) and names the first break. Reads only: a broken log is evidence, kept as it is.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openFileVault } from '../../core/device/key-vault-file';
import { KioskError } from '../../core/kiosk-error';
import type { LogReport } from '../../core/records/log-verifier';
import { openStoreDatabase } from '../../core/store/database';
import { verifyStoredLog } from '../../core/store/stored-log-verifier';
import { RECORD_TEXTS } from '../../shared/i18n/catalog-records';
import { fillTemplate, localize, type Locale, type LocalizedText } from '../../shared/i18n/locale';
import { UsageError, type CliCommand } from '../command';

const usage = `Usage: kiosk verify-log [--db FILE] [--vault DIR] [--json]

  Verifies the hash chain and every record signature of the local log and names the first break.
  --db FILE    the record store (default var/kiosk.db)
  --vault DIR  the key vault that unseals it (default var/vault)
  --json       print the report as JSON
  Exit code: 0 intact, 1 broken, 3 the log could not be read (vault or database error).`;

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

function verify(dbPath: string, vaultDir: string): LogReport {
  // Checked here because opening would otherwise create an empty store and call it intact.
  if (!existsSync(dbPath))
    throw new KioskError('store-missing', localize(RECORD_TEXTS.storeMissing, { path: dbPath }));
  const vault = openFileVault(vaultDir);
  const db = openStoreDatabase(dbPath, { mustExist: true });
  try {
    return verifyStoredLog(db, vault);
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
    const { values } = (() => {
      try {
        return parseArgs({
          args: [...args],
          options: { db: { type: 'string' }, vault: { type: 'string' }, json: { type: 'boolean' } },
        });
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
    })();
    const json = values.json ?? false;
    let report: LogReport;
    try {
      report = verify(values.db ?? 'var/kiosk.db', values.vault ?? 'var/vault');
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
    const text = describe(report);
    process.stdout.write(json ? `${JSON.stringify(report)}\n` : `${text['zh-CN']}\n${text.en}\n`);
    return report.ok ? 0 : 1;
  },
};
