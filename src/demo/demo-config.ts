/** The demo kiosk's configuration: simulated reader on a pinned pty, a temporary store, the given endpoint. */
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../shared/config/config-defaults';
import { kioskConfigSchema, type KioskConfig } from '../shared/config/config-schema';
import type { CapturePolicy } from '../shared/config/capture-policy-schema';

/** What varies between demo and test kiosks. */
export interface DemoConfigOptions {
  readonly readerPath: string;
  readonly dir: string;
  readonly endpoint: string | null;
  readonly modelsDir?: string;
  readonly operatingPoint?: string;
  readonly capture?: Partial<CapturePolicy>;
}

/** A valid configuration for a simulated kiosk (allowSimulation on: never on a production device). */
export function demoConfig(options: DemoConfigOptions): KioskConfig {
  const base = DEFAULT_CONFIG;
  return kioskConfigSchema.parse({
    ...base,
    device: { id: 'demo-kiosk-01', pointCode: 'DEMO0001' },
    reader: {
      ...base.reader,
      port: { mode: 'pinned', path: options.readerPath },
      pollIntervalMs: 100,
      photoDecoder: { kind: 'simulation' },
      allowSimulation: true,
    },
    face: {
      ...base.face,
      modelsDir: options.modelsDir ?? 'models',
      operatingPoint: options.operatingPoint ?? base.face.operatingPoint,
    },
    capture: { ...base.capture, ...options.capture },
    upload: { ...base.upload, endpoint: options.endpoint },
    storage: {
      ...base.storage,
      dbPath: join(options.dir, 'kiosk.db'),
      vaultDir: join(options.dir, 'vault'),
      minFreeBytes: 0,
      warnFreeBytes: 0,
    },
  });
}
