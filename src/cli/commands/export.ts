// `kiosk export --stats`: session outcomes per day over a date range, for the point's own books,
// as CSV (UTF-8 with BOM) or JSON. Opens the store read-only and never the sealed part, so it
// needs no key and shows no name, ID number or photo.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { ConfigError } from '../../core/device/config-error';
import { loadConfig } from '../../core/device/config-loader';
import { DEFAULT_LOCAL_CONFIG_PATH } from '../../core/device/provisioning';
import { UTF8_BOM } from '../../core/export/csv-text';
import { writeExportFile } from '../../core/export/export-file';
import { statsCsvLines } from '../../core/export/stats-csv';
import { KioskError } from '../../core/kiosk-error';
import { daysFromTo, localDay } from '../../core/local-day';
import { outcomeCountsForDays } from '../../core/store/outcome-counts';
import { DEVICE_TEXTS } from '../../shared/i18n/catalog-device';
import { LIFECYCLE_TEXTS } from '../../shared/i18n/catalog-lifecycle';
import { localize, type LocalizedText } from '../../shared/i18n/locale';
import { UsageError, type CliCommand } from '../command';

const usage = `Usage: kiosk export --stats [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json] [--out FILE]
                    [--config FILE | --db FILE]

  --stats         session outcomes per local day (passed, refused card, no face, spoof, no match,
                  operator verification, timed out, abandoned, faults): counts only, no personal data
  --from D --to D the local days to export, both included (default: today)
  --json          JSON instead of CSV
  --out FILE      write FILE (complete or not at all) instead of standard output
  --config FILE   local configuration (default ${DEFAULT_LOCAL_CONFIG_PATH}); its storage.dbPath is read
  --db FILE       the record store, instead of the configuration's
CSV is UTF-8 with a byte order mark, header day,outcome,category,reason,count (docs/export-format.md).
Exit codes: 0 exported, 1 no store or not written, 2 usage or configuration.`;

function say(text: LocalizedText, stream: NodeJS.WriteStream): void {
  stream.write(`${text['zh-CN']}\n${text.en}\n`);
}

async function storePath(values: { db?: string; config?: string }): Promise<string> {
  if (values.db) return values.db;
  const config = await loadConfig({
    localPath: values.config ?? DEFAULT_LOCAL_CONFIG_PATH,
    env: process.env,
    packaged: false,
  });
  return config.storage.dbPath;
}

function dayRange(values: { from?: string; to?: string }): string[] {
  const today = localDay(Date.now());
  try {
    return daysFromTo(values.from ?? values.to ?? today, values.to ?? values.from ?? today);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new UsageError(localize(LIFECYCLE_TEXTS.exportBadRange, { detail: error.message }).en);
  }
}

/** The export subcommand. */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: "Export the point's daily figures (CSV or JSON)",
  usage,
  async run(args) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        stats: { type: 'boolean', default: false },
        from: { type: 'string' },
        to: { type: 'string' },
        json: { type: 'boolean', default: false },
        out: { type: 'string' },
        config: { type: 'string' },
        db: { type: 'string' },
      },
      strict: true,
    });
    if (!values.stats) throw new UsageError('Say what to export: --stats');
    if (values.db && values.config) throw new UsageError('--db and --config exclude each other');
    const days = dayRange(values);
    let file: string;
    try {
      file = await storePath(values);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      say(error.text, process.stderr);
      return 2;
    }
    if (!existsSync(file)) {
      say(localize(DEVICE_TEXTS.exportNoStore, { file }), process.stderr);
      return 1;
    }
    const db = new Database(file, { readonly: true, fileMustExist: true });
    let figures;
    try {
      figures = outcomeCountsForDays(db, days);
    } finally {
      db.close();
    }
    const rows = statsCsvLines(figures);
    const lines = values.json ? [`${JSON.stringify(figures, null, 2)}\n`] : [UTF8_BOM, ...rows];
    if (!values.out) {
      for (const line of lines) process.stdout.write(line);
      return 0;
    }
    try {
      writeExportFile(values.out, lines);
    } catch (error) {
      if (!(error instanceof KioskError)) throw error;
      say(error.text, process.stderr);
      return 1;
    }
    say(
      localize(LIFECYCLE_TEXTS.exportWritten, { rows: rows.length - 1, file: values.out }),
      process.stderr,
    );
    return 0;
  },
};
