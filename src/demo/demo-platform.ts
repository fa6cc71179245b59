/**
 * The demo's platform flags (--platform, --credentials) and what they set up: credentials go into
 * the demo kiosk's vault as on a real one, and the configuration names the adapter; with a
 * des_key the ID number is DES-wrapped.
 */
import { readFile } from 'node:fs/promises';
import type { KeyVault } from '../core/device/key-vault';
import {
  parsePlatformCredentials,
  type PlatformCredentials,
} from '../core/upload/platforms/platform-credentials';
import {
  platformOption,
  type PlatformName,
  type UploadSettings,
} from '../shared/config/upload-platform-schema';

/** The platform the demo uploads to, and the credentials it was given. */
export interface DemoPlatform {
  readonly name: PlatformName;
  readonly credentials: PlatformCredentials | null;
}

/** Credentials the demo's own national-standard receiver accepts when no file is given. */
const DEMO_CREDENTIALS: PlatformCredentials = {
  api_key: 'demo-integrator',
  api_secret: 'demo-secret-not-for-production',
  des_key: 'demo-des',
};

/** A flag the demo cannot use; the message says which and why. */
export class DemoFlagError extends Error {}

/** Reads --platform and --credentials FILE (`{"api_key", "api_secret", "des_key"?}`). */
export async function demoPlatformFromFlags(flags: {
  readonly platform?: string;
  readonly credentials?: string;
}): Promise<DemoPlatform> {
  const platform = platformOption(flags.platform ?? 'reference');
  if (!platform.ok) throw new DemoFlagError(platform.error);
  const name = platform.value;
  if (flags.credentials === undefined)
    return { name, credentials: name === 'national-standard' ? DEMO_CREDENTIALS : null };
  if (name === 'reference')
    throw new DemoFlagError('--credentials is for --platform national-standard');
  const text = await readFile(flags.credentials, 'utf8').catch(() => {
    throw new DemoFlagError(`--credentials: cannot read ${flags.credentials}`);
  });
  const parsed = parsePlatformCredentials(text);
  if (!parsed.ok)
    throw new DemoFlagError(
      `--credentials: ${parsed.error.kind === 'invalid' ? parsed.error.detail : 'empty'} (expected {"api_key", "api_secret", "des_key"?})`,
    );
  return { name, credentials: parsed.value };
}

/** Puts the credentials in the vault and returns the upload section for this platform. */
export function applyDemoPlatform(
  platform: DemoPlatform,
  vault: KeyVault,
  upload: UploadSettings,
): UploadSettings {
  if (platform.credentials)
    vault.storeSecret('platform-credentials', Buffer.from(JSON.stringify(platform.credentials)));
  const cipher = upload.nationalStandard.idNumberCipher;
  return {
    ...upload,
    platform: platform.name,
    nationalStandard: {
      ...upload.nationalStandard,
      idNumberCipher: { ...cipher, enabled: platform.credentials?.des_key !== undefined },
    },
  };
}
