// Picks the adapter that `upload.platform` names and builds it from its own configuration section
// and what the vault holds. Adding a platform is adding a folder here and one case below.
import type { UploadSettings } from '../../../shared/config/upload-platform-schema';
import { assertNever, err, ok, type Result } from '../../../shared/result';
import type { Clock } from '../../clock';
import type { DeviceKey } from '../../device/device-key';
import type { KeyVault } from '../../device/key-vault';
import type { PlatformAdapter } from '../platform-adapter';
import { createNationalStandardAdapter } from './national-standard/national-standard-adapter';
import { loadPlatformCredentials, type CredentialsProblem } from './platform-credentials';
import { createReferenceAdapter } from './reference/reference-adapter';

/** An adapter ready to send, and the id the platform knows this device by (named in alarms). */
export interface ConfiguredPlatform {
  readonly adapter: PlatformAdapter;
  readonly keyId: string;
}

/** What building an adapter may need besides its settings. */
export interface PlatformDeps {
  readonly deviceKey: DeviceKey;
  readonly vault: Pick<KeyVault, 'loadSecret'>;
  readonly clock: Clock;
}

/** Builds the configured platform's adapter for `endpoint`; fails when its credentials are not in the vault. */
export function platformFromConfig(
  upload: UploadSettings,
  endpoint: string,
  deps: PlatformDeps,
): Result<ConfiguredPlatform, CredentialsProblem> {
  switch (upload.platform) {
    case 'reference':
      return ok({
        keyId: deps.deviceKey.keyId,
        adapter: createReferenceAdapter({
          endpoint,
          keyId: deps.deviceKey.keyId,
          privateKey: deps.deviceKey.privateKey,
          clock: deps.clock,
          timeoutMs: upload.timeoutMs,
        }),
      });
    case 'national-standard': {
      const credentials = loadPlatformCredentials(deps.vault);
      if (!credentials.ok) return credentials;
      const settings = upload.nationalStandard;
      if (settings.idNumberCipher.enabled && credentials.value.des_key === undefined)
        return err({ kind: 'invalid', detail: 'des_key: required when idNumberCipher.enabled' });
      return ok({
        keyId: credentials.value.api_key,
        adapter: createNationalStandardAdapter({
          endpoint,
          credentials: credentials.value,
          settings,
          clock: deps.clock,
          timeoutMs: upload.timeoutMs,
        }),
      });
    }
    default:
      return assertNever(upload.platform, 'platform');
  }
}
