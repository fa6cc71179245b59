// `kiosk export`: what a point needs for its own books over a date range, as CSV (UTF-8 with BOM,
// docs/export-format.md): the records (masked by default; full only with a technician PIN, audited)
// or, with --stats, the session outcomes per day (counts only, no key needed).
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { ConfigError } from '../../core/device/config-error';
import { UTF8_BOM } from '../../core/export/csv-text';
import { writeExportFile } from '../../core/export/export-file';
import { statsCsvLines } from '../../core/export/stats-csv';
import { KioskError } from '../../core/kiosk-error';
import { dayBounds, daysFromTo, localDay } from '../../core/local-day';
import { outcomeCountsForDays } from '../../core/store/outcome-counts';
import type { KioskConfig } from '../../shared/config/config-schema';
import { DEVICE_TEXTS } from '../../shared/i18n/catalog-device';
import { LIFECYCLE_TEXTS } from '../../shared/i18n/catalog-lifecycle';
import { localize, type LocalizedText } from '../../shared/i18n/locale';
import { CONFIG_OPTIONS, CONFIG_USAGE, loadCliConfig, type ConfigValues } from '../cli-config';
import { UsageError, type CliCommand } from '../command';
import { auditFullExport, recordsExportLines, technicianLogin } from './export-records';

const usage = `Usage: kiosk export [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--full] [--out FILE]
                    [--config FILE] [--site-policy FILE] [--dev] [--db FILE --vault DIR]
       kiosk export --stats [--from D] [--to D] [--json] [--out FILE] [--config FILE] [--db FILE]

  (records)            one row per record captured in the range: id, time, method, decision,
                       upload state, acknowledgement, purge, card type, name and card number MASKED
  --full               names and whole card numbers: needs --account NAME of a technician and
                       the PIN (typed at the terminal, or one line piped on standard input); the
                       export is written to the audit and staff logs
  --stats              session outcomes per local day (passed, refused card, no face, spoof, no
                       match, operator verification, timed out, abandoned, faults): counts only
  --from D --to D      the local days to export, both included (default: today)
  --json               (--stats) JSON instead of CSV
  --out FILE           write FILE (complete or not at all) instead of standard output
  --account NAME       (--full) the technician account whose PIN is asked for
${CONFIG_USAGE}
                       (the configuration gives the store, the vault and the login limits)
  --db FILE            the record store, instead of the configuration's (--vault DIR for records)
Exit codes: 0 exported, 1 not exported (no store, refused, not written), 2 usage or configuration.`;

function say(text: LocalizedText, stream: NodeJS.WriteStream = process.stderr): void {
  stream.write(`${text['zh-CN']}\n${text.en}\n`);
}

interface Where {
  readonly dbPath: string;
  readonly vaultDir: string | null;
  readonly loginLimits: KioskConfig['operator'];
}

// The login limits always come from the configuration, so --db cannot loosen the PIN lockout.
async function where(values: ConfigValues & { db?: string; vault?: string }): Promise<Where> {
  const config = await loadCliConfig(values);
  if (values.db)
    return { dbPath: values.db, vaultDir: values.vault ?? null, loginLimits: config.operator };
  const { dbPath, vaultDir } = config.storage;
  return { dbPath, vaultDir, loginLimits: config.operator };
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

function statsLines(dbPath: string, days: string[], json: boolean): string[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const figures = outcomeCountsForDays(db, days);
    return json ? [`${JSON.stringify(figures, null, 2)}\n`] : statsCsvLines(figures);
  } finally {
    db.close();
  }
}

/** The export subcommand. */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: "Export the point's records (masked) or daily figures as CSV",
  usage,
  async run(args) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        stats: { type: 'boolean', default: false },
        full: { type: 'boolean', default: false },
        from: { type: 'string' },
        to: { type: 'string' },
        json: { type: 'boolean', default: false },
        out: { type: 'string' },
        ...CONFIG_OPTIONS,
        db: { type: 'string' },
        vault: { type: 'string' },
        account: { type: 'string' },
      },
      strict: true,
    });
    if (values.stats && values.full)
      throw new UsageError('--stats holds no personal data: drop --full');
    if (values.json && !values.stats) throw new UsageError('--json is for --stats only');
    const days = dayRange(values);
    let place: Where;
    try {
      place = await where(values);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      say(error.text);
      return 2;
    }
    if (!existsSync(place.dbPath)) {
      say(localize(DEVICE_TEXTS.exportNoStore, { file: place.dbPath }));
      return 1;
    }
    let lines: string[];
    if (values.stats) lines = statsLines(place.dbPath, days, values.json);
    else {
      if (!place.vaultDir) throw new UsageError('Records are sealed: give --vault DIR with --db');
      const range = {
        fromMs: dayBounds(days[0]!).fromMs,
        toMs: dayBounds(days.at(-1)!).toMs,
        label: `${days[0]}..${days.at(-1)}`,
      };
      const detail = values.full ? 'full' : 'masked';
      const technician = values.full
        ? await technicianLogin(place.dbPath, values.account, place.loginLimits)
        : null;
      if (technician && !technician.ok) {
        say(technician.text);
        return 1;
      }
      lines = recordsExportLines({ dbPath: place.dbPath, vaultDir: place.vaultDir, range, detail });
      if (technician?.ok)
        auditFullExport(
          place.dbPath,
          technician.actor,
          `full export ${range.label}, ${lines.length - 1} records, to ${values.out ?? 'standard output'}`,
        );
    }
    if (!values.json) lines.unshift(UTF8_BOM);
    if (!values.out) {
      for (const line of lines) process.stdout.write(line);
      return 0;
    }
    try {
      writeExportFile(values.out, lines);
    } catch (error) {
      if (!(error instanceof KioskError)) throw error;
      say(error.text);
      return 1;
    }
    const rows = values.json ? days.length : lines.length - 2;
    say(localize(LIFECYCLE_TEXTS.exportWritten, { rows, file: values.out }));
    return 0;
  },
};
