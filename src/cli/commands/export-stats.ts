// `kiosk export`: one day's non-personal statistics (records by outcome, operator reasons, upload
// and retention actions) for the point's reports, as JSON or CSV. Opens the store read-only and
// never the sealed part, so it needs no key and shows no name, ID number or photo.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { loadConfig } from '../../core/device/config-loader';
import { ConfigError } from '../../core/device/config-error';
import { dailyStats, localDay, type DailyStats } from '../../core/device/daily-stats';
import { DEFAULT_LOCAL_CONFIG_PATH } from '../../core/device/provisioning';
import { DEVICE_TEXTS } from '../../shared/i18n/catalog-device';
import { localize } from '../../shared/i18n/locale';
import { UsageError, type CliCommand } from '../command';

const usage = `Usage: kiosk export [--date YYYY-MM-DD] [--json|--csv] [--config FILE | --db FILE]

Prints one local day's statistics (default: today): records by outcome (face pass, failed
liveness, failed match, operator pass/fail), operator verifications by reason, and audit actions
(acknowledged, quarantined, purged, …). No personal data: names, ID numbers and photos are sealed
and never read.
  --date D        the local day (default today)
  --json          JSON (the default)
  --csv           CSV lines: section,key,count
  --config FILE   local configuration (default ${DEFAULT_LOCAL_CONFIG_PATH}); its storage.dbPath is read
  --db FILE       the record store, instead of the configuration's
Exit codes: 0 exported, 1 no store, 2 usage or configuration.`;

/** The statistics as CSV rows: section,key,count. */
export function statsToCsv(stats: DailyStats): string {
  const rows: string[] = ['section,key,count', `total,records,${stats.records}`];
  const quote = (text: string) => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  const add = (section: string, counts: Readonly<Record<string, number | undefined>>) => {
    for (const [key, count] of Object.entries(counts))
      rows.push(`${section},${quote(key)},${count ?? 0}`);
  };
  add('outcome', stats.byOutcome);
  add('operator-reason', stats.operatorReasons);
  add('audit', stats.auditActions);
  return `# day ${stats.day}\n${rows.join('\n')}\n`;
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

/** The export subcommand. */
export const exportStatsCommand: CliCommand = {
  name: 'export',
  summary: "Export a day's non-personal statistics (JSON or CSV)",
  usage,
  async run(args) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        date: { type: 'string' },
        json: { type: 'boolean', default: false },
        csv: { type: 'boolean', default: false },
        config: { type: 'string' },
        db: { type: 'string' },
      },
      strict: true,
    });
    if (values.json && values.csv) throw new UsageError('--json and --csv exclude each other');
    if (values.db && values.config) throw new UsageError('--db and --config exclude each other');
    let file: string;
    try {
      file = await storePath(values);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      process.stderr.write(`${error.text['zh-CN']}\n${error.text.en}\n`);
      return 2;
    }
    if (!existsSync(file)) {
      const text = localize(DEVICE_TEXTS.exportNoStore, { file });
      process.stderr.write(`${text['zh-CN']}\n${text.en}\n`);
      return 1;
    }
    const db = new Database(file, { readonly: true, fileMustExist: true });
    let stats: DailyStats;
    try {
      stats = dailyStats(db, values.date ?? localDay(Date.now()));
    } catch (error) {
      if (error instanceof RangeError) throw new UsageError(error.message);
      throw error;
    } finally {
      db.close();
    }
    process.stdout.write(values.csv ? statsToCsv(stats) : `${JSON.stringify(stats, null, 2)}\n`);
    return 0;
  },
};
