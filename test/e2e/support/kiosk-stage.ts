// The whole kiosk for an e2e run, all real: the SAM emulator as a child process on a socat pty
// pair, the composition root (engine process, SQLite, uploader), a reference collector on
// 127.0.0.1 and the browser host serving a fresh renderer build. Only the camera is Chromium's fake.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCollector, type RunningCollector } from '../../../src/collector/collector-server';
import { loadOrCreateDeviceKey } from '../../../src/core/device/device-key';
import { initFileVault } from '../../../src/core/device/key-vault-file';
import {
  startEmulatedReader,
  type EmulatedReaderProcess,
} from '../../../src/core/idcard/transport/emulated-reader-process';
import { holderName, holderNumber } from '../../../src/core/idcard/card/card-holder';
import { readCardProfile } from '../../../src/core/idcard/emulator/load-card-profile';
import { startSocatPty, type PtyPair } from '../../../src/core/idcard/transport/socat-pty-pair';
import { createKiosk, type Kiosk } from '../../../src/core/kiosk';
import { createMemoryLogger } from '../../../src/core/log/logger';
import { addAccountToStore } from '../../../src/core/staff/account-provisioning';
import { demoConfig } from '../../../src/demo/demo-config';
import { cardPhotoPng, type CardHolder } from '../../../src/demo/demo-people';
import { startBrowserHost, type BrowserHost } from '../../../src/host/browser-host';
import type { CapturePolicy } from '../../../src/shared/config/capture-policy-schema';
import type { KioskConfig } from '../../../src/shared/config/config-schema';
import type { KioskService } from '../../../src/shared/kiosk-api/kiosk-api';
import { rendererBuild } from './renderer-build';
import { CHEAP_PIN_COST } from '../../support/cheap-pin-cost';
import { TEST_STAFF } from '../../support/test-staff';

/** A running stage. */
export interface KioskStage {
  readonly host: BrowserHost;
  readonly kiosk: Kiosk;
  /** Every line the kiosk and the host logged. */
  readonly logs: ReturnType<typeof createMemoryLogger>['lines'];
  /** The ID number on the stage's card, to prove it never leaks. */
  readonly idNumber: string;
  readonly name: string;
  /** The local configuration file the setup wizard writes. */
  readonly localConfigPath: string;
  /** The kiosk's record store and vault, for tests that prepare records the console must show. */
  readonly storeFiles: { readonly dbPath: string; readonly vaultDir: string };
  place(): Promise<void>;
  remove(): Promise<void>;
  /** Pulls the reader's cable (the pty pair and the emulator go away), and plugs it back in. */
  unplugReader(): Promise<void>;
  plugReader(): Promise<void>;
  stopCollector(): Promise<void>;
  startCollector(): Promise<void>;
  /** Records the collector holds. */
  collectorRecords(): number;
  /** The signed envelopes the collector holds, parsed. */
  collectorEnvelopes(): unknown[];
  close(): Promise<void>;
}

/** What to vary: whose photo the card carries, and the collector's state at start. */
export interface StageOptions {
  /** The worker is the live person of the demo clip the camera plays; the cameraman is an impostor's card. */
  readonly holder: CardHolder;
  /** The shipped emulator profile the card is made from (default `resident`). */
  readonly cardProfile?: string;
  readonly collectorUp?: boolean;
  readonly capture?: Partial<CapturePolicy>;
  /** The camera the configuration names (null: any camera). */
  readonly cameraDeviceId?: string | null;
  /** The receipt printer the configuration names (default none). */
  readonly printer?: KioskConfig['printer'];
  /** The free-disk floor and warning (default: the demo's, which never refuse). */
  readonly freeDisk?: Pick<KioskConfig['storage'], 'minFreeBytes' | 'warnFreeBytes'>;
  /** Wraps the API the host serves (the bench counts frames this way). */
  readonly wrapApi?: (api: KioskService) => KioskService;
}

/** Starts a stage; call `close` when done. */
export async function startKioskStage(options: StageOptions): Promise<KioskStage> {
  const dir = await mkdtemp(join(tmpdir(), 'kiosk-e2e-'));
  const logger = createMemoryLogger();
  const vault = initFileVault(join(dir, 'vault'));
  const key = loadOrCreateDeviceKey(vault);
  const keys = [{ keyId: key.keyId, publicKey: key.publicKeySpki.toString('base64') }];
  const collectorDb = join(dir, 'collector.db');
  let collector: RunningCollector | null = await startCollector({ dbPath: collectorDb, keys });
  const port = Number(new URL(collector.url).port);
  if (options.collectorUp === false) await collector.close().then(() => (collector = null));

  const profile = await readCardProfile(options.cardProfile ?? 'resident');
  await writeFile(join(dir, 'card-photo.png'), await cardPhotoPng(options.holder));
  const profileFile = join(dir, 'card.json');
  await writeFile(
    profileFile,
    JSON.stringify({ ...profile, photo: 'card-photo.png', description: 'e2e card' }),
  );

  const links = { hostLink: join(dir, 'reader'), deviceLink: join(dir, 'sam') };
  let pty: PtyPair | null = null;
  let emulator: EmulatedReaderProcess | null = null;
  const plugReader = async () => {
    pty = await startSocatPty(links);
    emulator = await startEmulatedReader(pty.devicePath, []);
  };
  const unplugReader = async () => {
    await emulator?.stop();
    await pty?.kill();
    emulator = null;
    pty = null;
  };
  await plugReader();

  const base = demoConfig({
    readerPath: links.hostLink,
    dir,
    endpoint: `http://127.0.0.1:${port}`,
    capture: options.capture,
  });
  const config = {
    ...base,
    ui: {
      ...base.ui,
      volume: 0,
      personalServiceUrl: 'https://rs.example.gov.cn/personal',
      personalServiceQrText: 'https://rs.example.gov.cn/personal',
    },
    camera: { ...base.camera, deviceId: options.cameraDeviceId ?? null },
    printer: options.printer ?? base.printer,
    operator: { ...base.operator, maxPinAttempts: 3 },
    storage: { ...base.storage, ...options.freeDisk },
  };
  for (const role of ['operator', 'technician'] as const)
    await addAccountToStore(
      config.storage.dbPath,
      { name: TEST_STAFF[role].account, pin: TEST_STAFF[role].pin, role },
      Date.now(),
      CHEAP_PIN_COST,
    );
  const localConfigPath = join(dir, 'local.json');
  const kiosk = await createKiosk({
    config,
    vault,
    logger,
    configPaths: { sitePolicyPath: null, localPath: localConfigPath },
  });
  const host = await startBrowserHost({
    api: options.wrapApi ? options.wrapApi(kiosk.api) : kiosk.api,
    staticDir: await rendererBuild(),
    logger,
  });
  const control = async (line: string) => void (await emulator?.control(line));

  return {
    host,
    kiosk,
    logs: logger.lines,
    idNumber: holderNumber(profile.card),
    name: holderName(profile.card),
    localConfigPath,
    storeFiles: { dbPath: config.storage.dbPath, vaultDir: join(dir, 'vault') },
    place: () => control(`place ${profileFile}`),
    remove: () => control('remove'),
    unplugReader,
    plugReader,
    stopCollector: async () => {
      await collector?.close();
      collector = null;
    },
    startCollector: async () => {
      collector = await startCollector({ dbPath: collectorDb, keys, port });
    },
    collectorRecords: () => (collector ? collector.db.listRecords().length : 0),
    collectorEnvelopes: () =>
      (collector?.db.listRecords() ?? []).map((r) => JSON.parse(r.envelopeJson) as unknown),
    close: async () => {
      await host.close();
      await kiosk.close();
      await unplugReader();
      await collector?.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
