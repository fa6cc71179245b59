// `kiosk queue status|drain|purge|quarantine`: the technician's view of the upload queue, a way to
// push what is pending now (for instance right after fixing the network), retention and the
// quarantine review (queue-review.ts), without starting the kiosk.
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { DAY_MS, systemClock } from '../../core/clock';
import { deviceKeyFromPkcs8, type DeviceKey } from '../../core/device/device-key';
import type { KeyVault } from '../../core/device/key-vault';
import { openFileVault } from '../../core/device/key-vault-file';
import { KioskError } from '../../core/kiosk-error';
import { createJsonLogger } from '../../core/log/logger';
import { openRecordStore, type RecordStore } from '../../core/store/record-store';
import { credentialsProblemText } from '../../core/upload/platforms/platform-credentials';
import { platformFromConfig } from '../../core/upload/platforms/platform-from-config';
import { createUploader } from '../../core/upload/uploader';
import { UPLOAD_TEXT } from '../../shared/i18n/catalog-upload';
import { localize, type LocalizedText } from '../../shared/i18n/locale';
import { uploadSchema, type UploadSettings } from '../../shared/config/upload-platform-schema';
import { CONFIG_OPTIONS, CONFIG_USAGE, loadCliConfig, type ConfigValues } from '../cli-config';
import { UsageError, type CliCommand } from '../command';
import { runPurge, runQuarantine } from './queue-review';

const usage = `Usage: kiosk queue status [--json] [where]
       kiosk queue drain [--endpoint URL] [--concurrency N] [where]
       kiosk queue purge [--retention-days N] [--json] [where]
       kiosk queue quarantine list [--json] [where]
       kiosk queue quarantine retry ID [where]
       kiosk queue quarantine discard ID --reason TEXT [where]
where: [--config FILE] [--site-policy FILE] [--dev] [--db FILE] [--vault DIR]

  status      counts per state (pending, sending, acknowledged, rejected, held back)
  drain       send what is due now with the configured platform adapter to the configured or
              the given endpoint, then exit (exit 1 when records are left to retry or were held back)
  purge       delete the personal data of records acknowledged more than N days ago (default:
              upload.retentionDays of the configuration), keeping their tombstones, and give the
              space back to the disk
  quarantine  records the platform refused for good: list them (masked card number, refusal),
              send one again once the cause is fixed, or discard one with a reason (audited)
${CONFIG_USAGE}
  --db FILE            the kiosk's record store (default: storage.dbPath of the configuration)
  --vault DIR          the kiosk's key vault, device key and data keys (default: storage.vaultDir)
  --concurrency N      parallel sends (default: upload.concurrency)`;

/** Where the queue lives and where it goes: the configuration's, unless an option says otherwise. */
interface QueueSettings {
  readonly dbPath: string;
  readonly vaultDir: string;
  readonly endpoint: string | null;
  readonly upload: UploadSettings;
  readonly retentionDays: number;
}

// An option stands for a setting: absent, the configured value; given, held to the setting's bounds.
function numberOption(
  option: string,
  value: string | undefined,
  setting: z.ZodNumber,
  configured: number,
): number {
  if (value === undefined) return configured;
  const number = Number(value);
  if (!setting.safeParse(number).success)
    throw new UsageError(`${option} must be ${setting.minValue} to ${setting.maxValue}`);
  return number;
}

/** The one place the queue command learns its settings: the configuration, then the options. */
async function queueSettings(
  values: ConfigValues & {
    db?: string;
    vault?: string;
    endpoint?: string;
    concurrency?: string;
    'retention-days'?: string;
  },
): Promise<QueueSettings> {
  const { storage, upload } = await loadCliConfig(values);
  const { concurrency, retentionDays } = uploadSchema.shape;
  return {
    dbPath: values.db ?? storage.dbPath,
    vaultDir: values.vault ?? storage.vaultDir,
    endpoint: values.endpoint ?? upload.endpoint,
    upload: {
      ...upload,
      concurrency: numberOption(
        '--concurrency',
        values.concurrency,
        concurrency,
        upload.concurrency,
      ),
    },
    retentionDays: numberOption(
      '--retention-days',
      values['retention-days'],
      retentionDays,
      upload.retentionDays,
    ),
  };
}

function say(text: LocalizedText, stream: NodeJS.WriteStream = process.stdout): void {
  stream.write(`${text['zh-CN']}\n${text.en}\n`);
}

async function withStore<T>(
  settings: QueueSettings,
  use: (store: RecordStore, key: DeviceKey, vault: KeyVault) => Promise<T>,
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
    return await use(store, deviceKey, vault);
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
  return withStore(settings, async (store, deviceKey, vault) => {
    const platform = platformFromConfig(settings.upload, endpoint, {
      deviceKey,
      vault,
      clock: systemClock,
    });
    if (!platform.ok) {
      say(credentialsProblemText(platform.error), process.stderr);
      return 1;
    }
    // A kiosk that died mid-upload left records in `sending`; nothing else sends while this runs.
    store.outbox.releaseInFlight();
    const uploader = createUploader({
      outbox: store.outbox,
      adapter: platform.value.adapter,
      keyId: platform.value.keyId,
      concurrency: settings.upload.concurrency,
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
        ...CONFIG_OPTIONS,
        json: { type: 'boolean' },
        db: { type: 'string' },
        vault: { type: 'string' },
        endpoint: { type: 'string' },
        concurrency: { type: 'string' },
        'retention-days': { type: 'string' },
        reason: { type: 'string' },
      },
    });
    try {
      const settings = await queueSettings(values);
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
