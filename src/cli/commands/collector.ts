// `kiosk collector`: runs the reference receiver of the upload API on 127.0.0.1 until interrupted.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startCollector } from '../../collector/collector-server';
import { openCollectorDb } from '../../collector/collector-db';
import { readKeyFile, registerDeviceKey } from '../../collector/key-registration';
import { startStandardReceiver } from '../../collector/national-standard/standard-receiver';
import {
  parsePlatformCredentials,
  type PlatformCredentials,
} from '../../core/upload/platforms/platform-credentials';
import { createJsonLogger } from '../../core/log/logger';
import { platformOption } from '../../shared/config/upload-platform-schema';
import { UPLOAD_TEXT } from '../../shared/i18n/catalog-upload';
import { localize } from '../../shared/i18n/locale';
import { portOption, UsageError, untilSignalled, type CliCommand } from '../command';

const usage = `Usage: kiosk collector --db FILE [--port P] [--keys FILE]
       kiosk collector --db FILE --register-key PUBLIC_KEY
       kiosk collector --platform national-standard --db FILE --credentials FILE [--port P]

Runs a reference receiver on 127.0.0.1: of the upload API (docs/upload-api.md) by default, or of
the national-standard style (docs/platforms.md): signature, ±6 min timestamp window, fields
against the standard, idempotent storage, answers {code, message, data}.
  --db FILE             the collector's SQLite database (created when missing)
  --port P              TCP port (default 8787; 0 picks a free one)
  --keys FILE           JSON array of { "keyId"?, "publicKey" } device keys to register at start
  --register-key KEY    register one device key (base64 SPKI, or @FILE holding it) and exit
  --platform NAME       reference (default) or national-standard
  --credentials FILE    national-standard: one {"api_key", "api_secret", "des_key"?} or an array;
                        an integrator with a des_key must send ID numbers DES/ECB/PKCS5 base64`;

/** Reads one credentials object or an array of them; a bad one is a usage error naming the field. */
function readIntegrators(path: string): PlatformCredentials[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new UsageError(`--credentials: ${path} is not a readable JSON file`);
  }
  return (Array.isArray(json) ? json : [json]).map((entry, i) => {
    const parsed = parsePlatformCredentials(JSON.stringify(entry));
    if (!parsed.ok)
      throw new UsageError(
        `--credentials entry ${i}: ${parsed.error.kind === 'invalid' ? parsed.error.detail : 'empty'}`,
      );
    return parsed.value;
  });
}

/** The collector subcommand. */
export const collectorCommand: CliCommand = {
  name: 'collector',
  summary: 'Run a reference upload receiver (reference or national-standard) on 127.0.0.1',
  usage,
  async run(args) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        db: { type: 'string' },
        port: { type: 'string' },
        keys: { type: 'string' },
        'register-key': { type: 'string' },
        platform: { type: 'string', default: 'reference' },
        credentials: { type: 'string' },
      },
      strict: true,
    });
    if (!values.db) throw new UsageError('--db is required');
    const key = values['register-key'];
    if (key !== undefined) {
      const db = openCollectorDb(values.db);
      try {
        const publicKey = key.startsWith('@') ? readFileSync(key.slice(1), 'utf8').trim() : key;
        process.stdout.write(`${registerDeviceKey(db, publicKey)}\n`);
      } finally {
        db.close();
      }
      return 0;
    }
    const port = portOption(values.port, 8787);
    const logger = createJsonLogger();
    const platform = platformOption(values.platform);
    if (!platform.ok) throw new UsageError(platform.error);
    const standard = platform.value === 'national-standard';
    if (standard && !values.credentials)
      throw new UsageError('--platform national-standard needs --credentials FILE');
    const integrators = values.credentials ? readIntegrators(values.credentials) : [];
    const collector = standard
      ? await startStandardReceiver({ dbPath: values.db, port, integrators, logger })
      : await startCollector({
          dbPath: values.db,
          port,
          keys: values.keys ? readKeyFile(values.keys) : [],
          logger,
        });
    const text = localize(UPLOAD_TEXT['collector.listening'], {
      url: collector.url,
      db: values.db,
      keys: standard ? integrators.length : collector.db.keys().length,
    });
    process.stdout.write(`${text['zh-CN']}\n${text.en}\n`);
    await untilSignalled();
    await collector.close();
    return 0;
  },
};
