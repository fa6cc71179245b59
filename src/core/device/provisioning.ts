/** Provisioning: writes the device's identity and endpoint to the local configuration and creates its signing key. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { KioskConfig } from '../../shared/config/config-schema';
import type { JsonObject } from '../../shared/config/config-layers';
import type { PlatformName } from '../../shared/config/upload-platform-schema';
import type { NextStepsSettings } from '../../shared/kiosk-api/platform-setup-commands';
import { parsePlatformCredentials } from '../upload/platforms/platform-credentials';
import { ConfigError } from './config-error';
import { updateLocalConfig } from './config-local-file';
import { loadOrCreateDeviceKey } from './device-key';
import { KeyVaultError, type KeyVault } from './key-vault';
import { initFileVault, openFileVault } from './key-vault-file';

/** Where the CLI keeps the local configuration unless told otherwise (relative to the working directory). */
export const DEFAULT_LOCAL_CONFIG_PATH = 'var/kiosk.json';

/** What the technician gives. */
export interface ProvisionRequest {
  readonly deviceId: string;
  readonly pointCode: string;
  readonly endpoint: string;
  /** The local overrides file (created if missing). */
  readonly configPath: string;
  readonly sitePolicyPath?: string | null;
  /** The vault folder; when given it is also written into the configuration. */
  readonly vaultDir?: string;
  /** The platform adapter (`upload.platform`). */
  readonly platform?: PlatformName;
  /** Platform credentials JSON text, stored in the vault (never in the configuration file). */
  readonly credentialsText?: string;
  /** What the pass screen and slip tell the worker (`ui` settings); only the given ones change. */
  readonly nextSteps?: Partial<NextStepsSettings>;
}

/** What the platform must register: the key id and the public key (SPKI, DER base64 and PEM). */
export interface ProvisionResult {
  readonly config: KioskConfig;
  readonly keyId: string;
  readonly publicKeySpkiBase64: string;
  readonly publicKeyPem: string;
  /** False when the vault already held a key: provisioning again never replaces a registered key. */
  readonly keyCreated: boolean;
}

/** Opens the vault, creating it on first provisioning. */
function openOrInitVault(dir: string): KeyVault {
  try {
    return openFileVault(dir);
  } catch (error) {
    if (error instanceof KeyVaultError && error.failure === 'missing') return initFileVault(dir);
    throw error;
  }
}

/** Validates and saves the identity (ConfigError names a bad field), then loads or creates the device key. */
export async function provisionDevice(request: ProvisionRequest): Promise<ProvisionResult> {
  mkdirSync(dirname(request.configPath), { recursive: true });
  const patch: JsonObject = {
    device: { id: request.deviceId, pointCode: request.pointCode },
    upload: {
      endpoint: request.endpoint,
      ...(request.platform ? { platform: request.platform } : {}),
    },
    ...(request.vaultDir ? { storage: { vaultDir: request.vaultDir } } : {}),
    ...(request.nextSteps ? { ui: { ...request.nextSteps } } : {}),
  };
  // Bad credentials stop provisioning before anything is written.
  const credentials =
    request.credentialsText === undefined
      ? undefined
      : parsePlatformCredentials(request.credentialsText);
  if (credentials && !credentials.ok)
    throw new ConfigError({
      kind: 'invalid',
      source: 'credentials file',
      field: credentials.error.kind === 'invalid' ? credentials.error.detail : 'credentials',
      allowed: 'JSON {"api_key", "api_secret", "des_key"?}',
    });
  const config = await updateLocalConfig(
    { sitePolicyPath: request.sitePolicyPath ?? null, localPath: request.configPath },
    patch,
  );
  const vault = openOrInitVault(config.storage.vaultDir);
  if (credentials?.ok)
    vault.storeSecret('platform-credentials', Buffer.from(JSON.stringify(credentials.value)));
  const hadKey = vault.loadDeviceKey() !== null;
  const key = loadOrCreateDeviceKey(vault);
  const spki = key.publicKeySpki.toString('base64');
  const pemLines = spki.match(/.{1,64}/g) ?? [];
  return {
    config,
    keyId: key.keyId,
    publicKeySpkiBase64: spki,
    publicKeyPem: ['-----BEGIN PUBLIC KEY-----', ...pemLines, '-----END PUBLIC KEY-----'].join(
      '\n',
    ),
    keyCreated: !hadKey,
  };
}
