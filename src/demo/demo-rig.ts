/**
 * Everything a simulated capture runs on, started for real: a serial link with the SAM emulator
 * on one end (demo-link.ts), a reference collector on 127.0.0.1 (unless an endpoint is given),
 * and the kiosk from the composition root on the other end. `close()` stops all of it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCollector, type RunningCollector } from '../collector/collector-server';
import { loadOrCreateDeviceKey } from '../core/device/device-key';
import { initFileVault } from '../core/device/key-vault-file';
import { bootKiosk } from '../core/boot/boot-kiosk';
import type { Kiosk } from '../core/kiosk';
import type { Logger } from '../core/log/logger';
import type { EngineLauncher } from '../core/face/engine/engine-child';
import type { AnswerSpeed } from '../core/idcard/emulator/answer-timing';
import type { EmulatedReaderProcess } from '../core/idcard/transport/emulated-reader-process';
import type { CapturePolicy } from '../shared/config/capture-policy-schema';
import type { KioskConfig } from '../shared/config/config-schema';
import { startStandardReceiver } from '../collector/national-standard/standard-receiver';
import { demoConfig } from './demo-config';
import { applyDemoPlatform, type DemoPlatform } from './demo-platform';
import { socatAvailable, startDemoLink, type DemoLinkKind } from './demo-link';
import { writeCardProfile, writeDemoProfile } from './demo-profile';
import type { CardHolder } from './demo-people';

/** How the rig is set up. */
export interface DemoRigOptions {
  /** Whose photo the card carries: a demo person, or an image file's bytes (tests). */
  readonly holder: CardHolder | { readonly name: string; readonly photo: Uint8Array };
  /** The shipped emulator profile the card is made from (default `resident`). */
  readonly cardProfile?: string;
  /** Upload here instead of starting a collector. */
  readonly endpoint?: string | null;
  /** The platform adapter and its credentials (default: the reference platform). */
  readonly platform?: DemoPlatform;
  /** How fast the emulated SAM answers (default: at once). */
  readonly emulatorSpeed?: AnswerSpeed;
  /** The serial link (default: a socat pty where socat is installed, else in-process). */
  readonly link?: DemoLinkKind;
  readonly logger: Logger;
  readonly modelsDir?: string;
  readonly operatingPoint?: string;
  readonly capture?: Partial<CapturePolicy>;
  /** Starts the face engine process (tests wrap the default fork to reach the process). */
  readonly launchEngine?: EngineLauncher;
  /** Start the kiosk with the collector stopped (it can be started later with `startCollector`). */
  readonly collectorDown?: boolean;
}

/** A running rig. */
export interface DemoRig {
  readonly kiosk: Kiosk;
  readonly emulator: EmulatedReaderProcess;
  /** The serial link the reader and the emulator talk over. */
  readonly link: DemoLinkKind;
  readonly config: KioskConfig;
  /** The card profile file to `place` on the emulated reader. */
  readonly profile: string;
  /** The rig's collector, or null (an external endpoint, or started down). */
  collector: RunningCollector | null;
  /** Starts the collector on the configured port (after `collectorDown`). */
  startCollector(): Promise<RunningCollector>;
  close(): Promise<void>;
}

/** Starts the rig; anything started is stopped again if a later step fails. */
export async function startDemoRig(options: DemoRigOptions): Promise<DemoRig> {
  const undo: Array<() => Promise<void> | void> = [];
  const close = async () => {
    for (const step of undo.splice(0).reverse())
      await Promise.resolve()
        .then(step)
        .catch(() => undefined);
  };
  try {
    const dir = await mkdtemp(join(tmpdir(), 'kiosk-demo-'));
    undo.push(() => rm(dir, { recursive: true, force: true }));
    const vault = initFileVault(join(dir, 'vault'));
    const key = loadOrCreateDeviceKey(vault);
    const keys = [{ keyId: key.keyId, publicKey: key.publicKeySpki.toString('base64') }];
    const collectorDb = join(dir, 'collector.db');
    const platform = options.platform ?? { name: 'reference', credentials: null };
    const ownReceiver = () =>
      platform.name === 'national-standard'
        ? startStandardReceiver({
            dbPath: collectorDb,
            integrators: platform.credentials ? [platform.credentials] : [],
          })
        : startCollector({ dbPath: collectorDb, keys });
    let collector = options.endpoint || options.collectorDown ? null : await ownReceiver();
    if (collector) undo.push(() => collector?.close());
    // A collector started down still needs a port the kiosk can point at: take one, then free it.
    const downPort = options.collectorDown ? await freePort(collectorDb, keys) : null;
    const endpoint = options.endpoint ?? collector?.url ?? `http://127.0.0.1:${downPort}`;
    const { holder } = options;
    const profile =
      typeof holder === 'string'
        ? await writeDemoProfile(dir, holder, options.cardProfile)
        : await writeCardProfile(dir, holder.name, holder.photo, options.cardProfile);
    // No card until the scenario places one.
    const link = await startDemoLink(
      options.link ?? (socatAvailable() ? 'pty' : 'in-process'),
      dir,
      options.emulatorSpeed ?? { kind: 'instant' },
    );
    undo.push(() => link.close());
    const base = demoConfig({
      readerPath: link.readerPath,
      dir,
      endpoint,
      modelsDir: options.modelsDir,
      operatingPoint: options.operatingPoint,
      capture: options.capture,
    });
    const config = { ...base, upload: applyDemoPlatform(platform, vault, base.upload) };
    const kiosk = await bootKiosk({
      mode: 'development',
      config: { kind: 'given', config },
      devices: { kind: 'simulated', serialTransport: link.serialTransport },
      vault,
      logger: options.logger,
      launchEngine: options.launchEngine,
    });
    undo.push(() => kiosk.close());
    const rig: DemoRig = {
      kiosk,
      emulator: link.emulator,
      link: link.kind,
      config,
      collector,
      profile,
      async startCollector() {
        collector = await startCollector({ dbPath: collectorDb, keys, port: downPort ?? 0 });
        undo.splice(1, 0, () => collector?.close());
        rig.collector = collector;
        return collector;
      },
      close,
    };
    return rig;
  } catch (error) {
    await close();
    throw error;
  }
}

async function freePort(
  dbPath: string,
  keys: Parameters<typeof startCollector>[0]['keys'],
): Promise<number> {
  const probe = await startCollector({ dbPath, keys });
  const port = Number(new URL(probe.url).port);
  await probe.close();
  return port;
}
