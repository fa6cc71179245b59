// `kiosk fleet-server`: the fleet service (heartbeats, remote configuration, releases, fleet page)
// on PostgreSQL, until interrupted. Also makes the fleet key and staff password hashes.
import { parseArgs } from 'node:util';
import { hashPin } from '../../core/staff/pin-hash';
import { createJsonLogger } from '../../core/log/logger';
import { createFleetKeyFile, fleetPublicKeyBase64, readFleetKey } from '../../fleet/fleet-key-file';
import { startFleetServer } from '../../fleet/fleet-server';
import { schemaVersion } from '../../fleet/fleet-migrations';
import { readStaffFile } from '../../fleet/staff-auth';
import { FLEET_TEXT } from '../../shared/i18n/catalog-fleet';
import { localize } from '../../shared/i18n/locale';
import { UsageError, untilSignalled, type CliCommand } from '../command';

const usage = `Usage: kiosk fleet-server --database URL --fleet-key FILE --staff FILE [--port P] [--host H] [--interval S]
       kiosk fleet-server --new-fleet-key FILE
       kiosk fleet-server --hash-password PASSWORD

Runs the fleet service (docs/fleet-api.md): kiosks send signed heartbeats, technicians publish
configuration and releases, staff read the fleet page at /fleet. Migrates the database first.
  --database URL        PostgreSQL connection string (or FLEET_DATABASE_URL)
  --fleet-key FILE      the fleet's Ed25519 signing key (PKCS#8 PEM)
  --staff FILE          JSON array of { "name", "role": "viewer"|"technician", "passwordHash" }
  --port P              TCP port (default 8788; 0 picks a free one)
  --host H              address to listen on (default 127.0.0.1; put TLS in front of it)
  --interval S          heartbeat interval asked of kiosks, seconds (default 60)
  --new-fleet-key FILE  make a fleet key, print its public key for the kiosks' site policy, exit
  --hash-password PW    print the passwordHash of PW for the staff file, exit`;

function intOption(
  value: string | undefined,
  fallback: number,
  name: string,
  min: number,
  max: number,
) {
  const n = Number(value ?? fallback);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`${name} must be a whole number from ${min} to ${max}`);
  return n;
}

/** The fleet-server subcommand. */
export const fleetServerCommand: CliCommand = {
  name: 'fleet-server',
  summary: 'Run the fleet service (heartbeats, remote configuration, updates) on PostgreSQL',
  usage,
  async run(args) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        database: { type: 'string' },
        'fleet-key': { type: 'string' },
        staff: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        interval: { type: 'string' },
        'new-fleet-key': { type: 'string' },
        'hash-password': { type: 'string' },
      },
      strict: true,
    });
    if (values['new-fleet-key']) {
      process.stdout.write(
        `${fleetPublicKeyBase64(createFleetKeyFile(values['new-fleet-key']))}\n`,
      );
      return 0;
    }
    if (values['hash-password']) {
      process.stdout.write(`${await hashPin(values['hash-password'])}\n`);
      return 0;
    }
    const databaseUrl = values.database ?? process.env.FLEET_DATABASE_URL;
    if (!databaseUrl) throw new UsageError('--database (or FLEET_DATABASE_URL) is required');
    if (!values['fleet-key'] || !values.staff)
      throw new UsageError('--fleet-key and --staff are required');
    const fleet = await startFleetServer({
      databaseUrl,
      fleetKey: readFleetKey(values['fleet-key']),
      staff: readStaffFile(values.staff),
      port: intOption(values.port, 8788, '--port', 0, 65535),
      host: values.host ?? '127.0.0.1',
      intervalS: intOption(values.interval, 60, '--interval', 10, 3600),
      logger: createJsonLogger(),
    });
    const client = await fleet.store.pool.connect();
    const schema = await schemaVersion(client);
    client.release();
    const text = localize(FLEET_TEXT['fleet.listening'], { url: fleet.url, schema });
    process.stdout.write(`${text['zh-CN']}\n${text.en}\n`);
    await untilSignalled();
    await fleet.close();
    return 0;
  },
};
