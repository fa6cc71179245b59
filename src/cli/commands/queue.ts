// `kiosk queue status|drain|purge|quarantine`: the technician's view of the upload queue, a way to
// push what is pending now (for instance right after fixing the network), retention and the
// quarantine review (queue-review.ts), without starting the kiosk.
import { parseArgs } from 'node:util';
import { DAY_MS, systemClock } from '../../core/clock';
import { deviceKeyFromPkcs8, type DeviceKey } from '../../core/device/device-key';
import { openFileVault } from '../../core/device/key-vault-file';
import { KioskError } from '../../core/kiosk-error';
import { createJsonLogger } from '../../core/log/logger';
import { openRecordStore, type RecordStore } from '../../core/store/record-store';
import { createReferenceAdapter } from '../../core/upload/platforms/reference/reference-adapter';
import { createUploader } from '../../core/upload/uploader';
import { UPLOAD_TEXT } from '../../shared/i18n/catalog-upload';
import { localize, type LocalizedText } from '../../shared/i18n/locale';
import { DEFAULT_CONFIG } from '../../shared/config/config-defaults';
import { uploadSchema } from '../../shared/config/upload-platform-schema';
import type { z } from 'zod';
import { UsageError, type CliCommand } from '../command';
import { runPurge, runQuarantine } from './queue-review';

const usage = `Usage: kiosk queue status [--json] --db FILE --vault DIR
       kiosk queue drain [--endpoint URL] [--concurrency N] --db FILE --vault DIR
       kiosk queue purge [--retention-days N] [--json] --db FILE --vault DIR
       kiosk queue quarantine list [--json] --db FILE --vault DIR
       kiosk queue quarantine retry ID --db FILE --vault DIR
       kiosk queue quarantine discard ID --reason TEXT --db FILE --vault DIR

  status      counts per state (pending, sending, acknowledged, rejected, held back)
  drain       send what is due now to the configured or the given endpoint, then exit
              (exit 1 when records are left to retry or were held back)
  purge       delete the personal data of records acknowledged more than N days ago (default
              ${DEFAULT_CONFIG.upload.retentionDays}), keeping their tombstones, and give the space back to the disk
  quarantine  records the platform refused for good: list them (masked card number, refusal),
              send one again once the cause is fixed, or discard one with a reason (audited)
  --db FILE   the kiosk's record store
  --vault DIR the kiosk's key vault (device key and data keys)`;

/** Where the queue lives and where it goes. The device configuration will feed this later. */
interface QueueSettings {
  readonly dbPath: string;
  readonly vaultDir: string;
  readonly endpoint: string | null;
  readonly concurrency: number;
  readonly retentionDays: number;
}

// An option takes the bounds of the configuration setting it stands for.
function checkBounds(option: string, value: number, setting: z.ZodNumber): void {
  if (!setting.safeParse(value).success)
    throw new UsageError(`${option} must be ${setting.minValue} to ${setting.maxValue}`);
}

/** The one place the queue command learns its settings: options now, the device configuration later. */
function queueSettings(values: {
  db?: string;
  vault?: string;
  endpoint?: string;
  concurrency?: string;
  'retention-days'?: string;
}): QueueSettings {
  if (!values.db || !values.vault)
    throw new UsageError('--db and --vault are required until the device configuration exists');
  const concurrency = Number(values.concurrency ?? DEFAULT_CONFIG.upload.concurrency);
  checkBounds('--concurrency', concurrency, uploadSchema.shape.concurrency);
  const retentionDays = Number(values['retention-days'] ?? DEFAULT_CONFIG.upload.retentionDays);
  checkBounds('--retention-days', retentionDays, uploadSchema.shape.retentionDays);
  return {
    dbPath: values.db,
    vaultDir: values.vault,
    endpoint: values.endpoint ?? null,
    concurrency,
    retentionDays,
  };
}

function say(text: LocalizedText, stream: NodeJS.WriteStream = process.stdout): void {
  stream.write(`${text['zh-CN']}\n${text.en}\n`);
}

async function withStore<T>(
  settings: QueueSettings,
  use: (store: RecordStore, key: DeviceKey) => Promise<T>,
): Promise<T> {
  const vault = openFileVault(settings.vaultDir);
  const pkcs8 = vault.loadDeviceKey();
  if (!pkcs8) throw new UsageError('The vault holds no device key: provision the device first');
  const deviceKey = deviceKeyFromPkcs8(pkcs8);
  const store = openRecordStore({
    file: settings.dbPath,
    vault,
    deviceKey,
  });
  try {
    return await use(store, deviceKey);
  } finally {
    store.close();
  }
}

async function drain(settings: QueueSettings): Promise<number> {
  if (!settings.endpoint) {
    say(UPLOAD_TEXT['queue.no-endpoint'], process.stderr);
    return 1;
  }
  const endpoint = settings.endpoint;
  return withStore(settings, async (store, deviceKey) => {
    // A kiosk that died mid-upload left records in `sending`; nothing else sends while this runs.
    store.outbox.releaseInFlight();
    const uploader = createUploader({
      outbox: store.outbox,
      adapter: createReferenceAdapter({
        endpoint,
        keyId: deviceKey.keyId,
        privateKey: deviceKey.privateKey,
        clock: systemClock,
      }),
      keyId: deviceKey.keyId,
      concurrency: settings.concurrency,
      logger: createJsonLogger('warn'),
      onEvent: (event) => say(event.text, process.stderr),
    });
    const summary = await uploader.drainOnce();
    await uploader.stop();
    const { stored, alreadyStored, quarantined, retried } = summary;
    say(
      localize(UPLOAD_TEXT['queue.drain-summary'], { stored, alreadyStored, quarantined, retried }),
    );
    return summary.retried > 0 || summary.quarantined > 0 ? 1 : 0;
  });
}

/** The queue subcommand. */
export const queueCommand: CliCommand = {
  name: 'queue',
  summary: 'Show, drain or purge the upload queue; review quarantined records',
  usage,
  async run(args) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        db: { type: 'string' },
        vault: { type: 'string' },
        endpoint: { type: 'string' },
        concurrency: { type: 'string' },
        'retention-days': { type: 'string' },
        reason: { type: 'string' },
      },
    });
    const settings = queueSettings(values);
    try {
      switch (positionals[0]) {
        case 'status':
          return await withStore(settings, async (store) => {
            const stats = store.outbox.stats(Date.now());
            if (values.json) process.stdout.write(`${JSON.stringify(stats)}\n`);
            else {
              const { pending, due, sending, acked, rejected, quarantined } = stats;
              say(
                localize(UPLOAD_TEXT['queue.status'], {
                  pending,
                  due,
                  sending,
                  acked,
                  rejected,
                  quarantined,
                }),
              );
            }
            return 0;
          });
        case 'drain':
          return await drain(settings);
        case 'purge':
          return await withStore(settings, async (store) =>
            runPurge(store, settings.retentionDays * DAY_MS, values.json ?? false, say),
          );
        case 'quarantine':
          return await withStore(settings, async (store) =>
            runQuarantine({
              store,
              args: positionals.slice(1),
              reason: values.reason,
              json: values.json ?? false,
              say,
            }),
          );
        default:
          throw new UsageError('Say "status", "drain", "purge" or "quarantine"');
      }
    } catch (error) {
      if (!(error instanceof KioskError)) throw error;
      say(error.text, process.stderr);
      return 1;
    }
  },
};
