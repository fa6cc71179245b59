// Each platform adapter with its reference receiver, for the upload contract suite: the same
// tests run against every adapter, so adding a platform is adding a peer here.
import { startCollector, type RunningCollector } from '../../src/collector/collector-server';
import { startStandardReceiver } from '../../src/collector/national-standard/standard-receiver';
import { systemClock } from '../../src/core/clock';
import { openFileVault } from '../../src/core/device/key-vault-file';
import type { PlatformAdapter } from '../../src/core/upload/platform-adapter';
import {
  platformFromConfig,
  type ConfiguredPlatform,
} from '../../src/core/upload/platforms/platform-from-config';
import {
  storePlatformCredentials,
  type PlatformCredentials,
} from '../../src/core/upload/platforms/platform-credentials';
import { DEFAULT_CONFIG } from '../../src/shared/config/config-defaults';
import {
  STANDARD_ANSWER_CODES as C,
  type PlatformName,
  type UploadSettings,
} from '../../src/shared/config/upload-platform-schema';
import type { CannedAnswer } from './faulty-proxy';
import type { UploadTestStore } from './upload-store';

/** A running receiver and how this platform's adapter talks to it. */
export interface RunningPeer {
  readonly receiver: RunningCollector;
  /** The id the platform knows the device by (named in the "not registered" alarm). */
  readonly keyId: string;
  /** The adapter as the kiosk builds it from its configuration, to the receiver or to `endpoint`. */
  adapter(endpoint?: string, timeoutMs?: number): PlatformAdapter;
  /** Ids of the records the receiver holds, in arrival order. */
  storedIds(): string[];
  close(): Promise<void>;
}

/** A platform as the contract suite sees it. */
export interface PlatformPeer {
  readonly name: PlatformName;
  /** The platform's own words for: refused for good, unknown device, busy. */
  readonly answers: Readonly<Record<'refused' | 'unauthorized' | 'busy', CannedAnswer>>;
  start(store: UploadTestStore, dbPath?: string): Promise<RunningPeer>;
}

/** The credentials the national-standard peer registers; ID numbers are DES-wrapped. */
export const TEST_CREDENTIALS: PlatformCredentials = {
  api_key: 'kiosk-test-integrator',
  api_secret: 'test-secret-0123456789',
  des_key: 'k1osk-de',
};

const json = (status: number, body: unknown): CannedAnswer => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

function uploadSettings(platform: PlatformName, timeoutMs?: number): UploadSettings {
  const base = DEFAULT_CONFIG.upload;
  return {
    ...base,
    platform,
    timeoutMs: timeoutMs ?? base.timeoutMs,
    nationalStandard: {
      ...base.nationalStandard,
      idNumberCipher: { ...base.nationalStandard.idNumberCipher, enabled: true },
    },
  };
}

/** The adapter as the kiosk builds it from its configuration for `platform`, sending to `endpoint`. */
export function configuredPlatform(
  platform: PlatformName,
  store: UploadTestStore,
  endpoint: string,
  timeoutMs?: number,
): ConfiguredPlatform {
  const built = platformFromConfig(uploadSettings(platform, timeoutMs), endpoint, {
    deviceKey: store.deviceKey,
    vault: openFileVault(store.vaultDir),
    clock: systemClock,
  });
  if (!built.ok) throw new Error(`${platform}: ${built.error.kind}`);
  return built.value;
}

/** Puts the test integrator's credentials in the store's vault, as provisioning does. */
export function storeTestCredentials(store: UploadTestStore): PlatformCredentials {
  const stored = storePlatformCredentials(
    openFileVault(store.vaultDir),
    JSON.stringify(TEST_CREDENTIALS),
  );
  if (!stored.ok) throw new Error('test credentials did not validate');
  return stored.value;
}

function peerOf(
  platform: PlatformName,
  store: UploadTestStore,
  receiver: RunningCollector,
): RunningPeer {
  const build = (endpoint = receiver.url, timeoutMs?: number) =>
    configuredPlatform(platform, store, endpoint, timeoutMs);
  return {
    receiver,
    keyId: build().keyId,
    adapter: (endpoint, timeoutMs) => build(endpoint, timeoutMs).adapter,
    storedIds: () => receiver.db.listRecords().map((r) => r.recordId),
    close: () => receiver.close(),
  };
}

const reference: PlatformPeer = {
  name: 'reference',
  answers: {
    refused: json(422, { type: 'urn:test:schema', title: 'Schema invalid' }),
    unauthorized: json(401, { type: 'unknown-key' }),
    busy: json(503, { type: 'busy' }),
  },
  async start(store, dbPath = ':memory:') {
    const key = store.deviceKey;
    const receiver = await startCollector({
      dbPath,
      keys: [{ keyId: key.keyId, publicKey: key.publicKeySpki.toString('base64') }],
    });
    return peerOf('reference', store, receiver);
  },
};

const nationalStandard: PlatformPeer = {
  name: 'national-standard',
  answers: {
    refused: json(200, { code: C.fieldRejected, message: 'gender: invalid', data: null }),
    unauthorized: json(200, { code: C.unknownKey, message: 'api_key unknown', data: null }),
    busy: json(200, { code: C.busy, message: 'busy', data: null }),
  },
  async start(store, dbPath = ':memory:') {
    // The credentials reach the adapter through the vault, as on a kiosk.
    const receiver = await startStandardReceiver({
      dbPath,
      integrators: [storeTestCredentials(store)],
    });
    return peerOf('national-standard', store, receiver);
  },
};

/** Every platform the build carries. */
export const PLATFORM_PEERS: readonly PlatformPeer[] = [reference, nationalStandard];
