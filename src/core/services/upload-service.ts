/** The uploader as the kiosk runs it: the configured platform's adapter, its events turned into KioskApi events. */
import type { KioskEvent } from '../../shared/kiosk-api/events';
import type { Alarm } from '../../shared/kiosk-api/device-status';
import { assertNever } from '../../shared/result';
import type { Clock } from '../clock';
import type { UploadSettings } from '../../shared/config/upload-platform-schema';
import type { DeviceKey } from '../device/device-key';
import type { KeyVault } from '../device/key-vault';
import type { Logger } from '../log/logger';
import type { OutboxPort } from '../upload/outbox-port';
import { credentialsProblemText } from '../upload/platforms/platform-credentials';
import { platformFromConfig } from '../upload/platforms/platform-from-config';
import type { DrainSummary } from '../upload/drain-pass';
import type { UploadEvent } from '../upload/upload-events';
import { createUploader } from '../upload/uploader';

/** The running upload side. */
export interface UploadService {
  wake(): void;
  lastUploadOkAtMs(): number | null;
  clockOk(): boolean;
  stop(): Promise<void>;
}

/** What the upload service needs. */
export interface UploadServiceOptions {
  /** The upload section: platform, endpoint, concurrency and the adapters' settings. */
  readonly upload: UploadSettings;
  readonly outbox: OutboxPort;
  readonly deviceKey: DeviceKey;
  /** Where the platform credentials are kept. */
  readonly vault: Pick<KeyVault, 'loadSecret'>;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly emit: (event: KioskEvent) => void;
  /** Tells the console the queue changed: once at the end of each drain pass. */
  readonly queueChanged: () => void;
}

/** Starts the uploader; without an endpoint records wait in the outbox until one is set up. */
export function startUploadService(options: UploadServiceOptions): UploadService {
  const { clock } = options;
  const { endpoint } = options.upload;
  let lastOkAtMs: number | null = null;
  let clockOk = true;
  const alarm = (
    event: Exclude<UploadEvent, { type: 'queue-drained' | 'sends-deferred' }>,
    severity: Alarm['severity'],
  ) =>
    options.emit({
      name: 'alarm',
      payload: { code: `upload.${event.type}`, severity, text: event.text, atMs: clock.now() },
    });
  const onPassEnd = (summary: DrainSummary) => {
    if (summary.stored + summary.alreadyStored > 0) lastOkAtMs = clock.now();
    // Whatever the pass did (acks, retries, quarantines), the console's queue shows it once.
    options.queueChanged();
  };
  const onEvent = (event: UploadEvent) => {
    switch (event.type) {
      case 'queue-drained':
      case 'sends-deferred':
        // Words for `kiosk queue drain`; the console learns of them through the queue itself.
        return;
      case 'clock-skew':
        clockOk = false;
        return alarm(event, 'warning');
      case 'device-not-registered':
        return alarm(event, 'critical');
      case 'record-quarantined':
        return alarm(event, 'warning');
      default:
        return assertNever(event, 'upload event');
    }
  };
  const platform = endpoint
    ? platformFromConfig(options.upload, endpoint, {
        deviceKey: options.deviceKey,
        vault: options.vault,
        clock,
      })
    : null;
  if (platform && !platform.ok) {
    options.emit({
      name: 'alarm',
      payload: {
        code: 'upload.credentials-missing',
        severity: 'critical',
        text: credentialsProblemText(platform.error),
        atMs: clock.now(),
      },
    });
  }
  const uploader =
    platform?.ok === true
      ? createUploader({
          outbox: options.outbox,
          adapter: platform.value.adapter,
          keyId: platform.value.keyId,
          clock,
          concurrency: options.upload.concurrency,
          logger: options.logger,
          onEvent,
          onPassEnd,
        })
      : null;
  uploader?.start();
  return {
    wake: () => uploader?.wake(),
    lastUploadOkAtMs: () => lastOkAtMs,
    clockOk: () => clockOk,
    stop: async () => uploader?.stop(),
  };
}
