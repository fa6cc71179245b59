// `kiosk collector`: runs the reference receiver of the upload API on 127.0.0.1 until interrupted.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startCollector } from '../../collector/collector-server';
import { openCollectorDb } from '../../collector/collector-db';
import { readKeyFile, registerDeviceKey } from '../../collector/key-registration';
import { createJsonLogger } from '../../core/log/logger';
import { UPLOAD_TEXT } from '../../shared/i18n/catalog-upload';
import { localize } from '../../shared/i18n/locale';
import { UsageError, type CliCommand } from '../command';

const usage = `Usage: kiosk collector --db FILE [--port P] [--keys FILE]
       kiosk collector --db FILE --register-key PUBLIC_KEY

Runs the reference receiver of the upload API (docs/upload-api.md) on 127.0.0.1.
  --db FILE             the collector's SQLite database (created when missing)
  --port P              TCP port (default 8787; 0 picks a free one)
  --keys FILE           JSON array of { "keyId"?, "publicKey" } device keys to register at start
  --register-key KEY    register one device key (base64 SPKI, or @FILE holding it) and exit`;

/** The collector subcommand. */
export const collectorCommand: CliCommand = {
  name: 'collector',
  summary: 'Run the reference upload receiver on 127.0.0.1',
  usage,
  async run(args) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        db: { type: 'string' },
        port: { type: 'string' },
        keys: { type: 'string' },
        'register-key': { type: 'string' },
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
    const port = Number(values.port ?? '8787');
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`--port must be a port number, not ${values.port}`);
    const collector = await startCollector({
      dbPath: values.db,
      port,
      keys: values.keys ? readKeyFile(values.keys) : [],
      logger: createJsonLogger(),
    });
    const text = localize(UPLOAD_TEXT['collector.listening'], {
      url: collector.url,
      db: values.db,
      keys: collector.db.keys().length,
    });
    process.stdout.write(`${text['zh-CN']}\n${text.en}\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await collector.close();
    return 0;
  },
};
