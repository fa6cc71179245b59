/** The uploader as the kiosk runs it: the reference adapter to the configured endpoint, its events turned into KioskApi events. */
import type { KioskEvent } from '../../shared/kiosk-api/events';
import { assertNever } from '../../shared/result';
import type { Clock } from '../clock';
import type { DeviceKey } from '../device/device-key';
import type { Logger } from '../log/logger';
import type { OutboxPort } from '../upload/outbox-port';
import { createReferenceAdapter } from '../upload/reference-adapter';
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
  readonly endpoint: string | null;
  readonly concurrency: number;
  readonly outbox: OutboxPort;
  readonly deviceKey: DeviceKey;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly emit: (event: KioskEvent) => void;
  /** Tells the console the queue changed. */
  readonly queueChanged: () => void;
}

/** Starts the uploader; without an endpoint records wait in the outbox until one is set up. */
export function startUploadService(options: UploadServiceOptions): UploadService {
  const { clock, endpoint } = options;
  let lastOkAtMs: number | null = null;
  let clockOk = true;
  const alarm = (
    event: Exclude<UploadEvent, { type: 'queue-drained' }>,
    severity: 'warning' | 'critical',
  ) =>
    options.emit({
      name: 'alarm',
      payload: { code: `upload.${event.type}`, severity, text: event.text, atMs: clock.now() },
    });
  const onEvent = (event: UploadEvent) => {
    switch (event.type) {
      case 'queue-drained':
        if (event.sentCount > 0) lastOkAtMs = clock.now();
        return options.queueChanged();
      case 'clock-skew':
        clockOk = false;
        return alarm(event, 'warning');
      case 'device-not-registered':
        return alarm(event, 'critical');
      case 'record-quarantined':
        options.queueChanged();
        return alarm(event, 'warning');
      default:
        return assertNever(event, 'upload event');
    }
  };
  const uploader = endpoint
    ? createUploader({
        outbox: options.outbox,
        adapter: createReferenceAdapter({
          endpoint,
          keyId: options.deviceKey.keyId,
          privateKey: options.deviceKey.privateKey,
          clock,
        }),
        keyId: options.deviceKey.keyId,
        clock,
        concurrency: options.concurrency,
        logger: options.logger,
        onEvent,
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
