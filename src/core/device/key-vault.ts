// The key vault keeps the secrets that protect the device: it wraps the data keys that seal
// records at rest and stores the device's signing key. Kept narrow on purpose, so the Electron
// safeStorage vault (which only encrypts and decrypts byte strings) can implement it too.
import { KioskError } from '../kiosk-error';
import { RECORD_TEXTS } from '../../shared/i18n/catalog-records';

/** A store of device secrets. Every method is synchronous: vaults are small local files or OS calls. */
export interface KeyVault {
  /** Encrypts a data key under the vault's master key. */
  wrapDataKey(dataKey: Buffer): Buffer;
  /** Decrypts a wrapped data key; throws KeyVaultError 'wrong-key' when it was wrapped by another vault or altered. */
  unwrapDataKey(wrapped: Buffer): Buffer;
  /** The stored device signing key (PKCS#8 DER), or null when none was stored yet. */
  loadDeviceKey(): Buffer | null;
  /** Stores the device signing key (PKCS#8 DER), replacing none: a second call is a bug. */
  storeDeviceKey(pkcs8Der: Buffer): void;
  /** A named secret (e.g. the platform credentials), or null when none was stored. */
  loadSecret(name: VaultSecretName): Buffer | null;
  /** Stores a named secret, replacing the previous one: platform credentials are rotated. */
  storeSecret(name: VaultSecretName, secret: Buffer): void;
}

/** The secrets a vault keeps besides keys: what a platform issues to an integrator. */
export type VaultSecretName = 'platform-credentials';

/** Why the vault failed: callers branch on this. */
export type KeyVaultFailure =
  'missing' | 'corrupt' | 'wrong-key' | 'insecure' | 'already-provisioned';

const TEXT_BY_FAILURE = {
  missing: RECORD_TEXTS.vaultMissing,
  corrupt: RECORD_TEXTS.vaultCorrupt,
  'wrong-key': RECORD_TEXTS.vaultWrongKey,
  insecure: RECORD_TEXTS.vaultInsecure,
  'already-provisioned': RECORD_TEXTS.vaultAlreadyProvisioned,
} as const;

/** An expected key vault failure; `failure` says which. */
export class KeyVaultError extends KioskError {
  constructor(
    readonly failure: KeyVaultFailure,
    options?: { cause?: unknown },
  ) {
    super(`key-vault-${failure}`, TEXT_BY_FAILURE[failure], false, options);
  }
}
