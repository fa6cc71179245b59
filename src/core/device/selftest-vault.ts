/** How well the key vault protects the device's secrets, and the self-test check that reports it. */
import { DEVICE_TEXTS } from '../../shared/i18n/catalog-device';
import { assertNever } from '../../shared/result';
import type { CheckResult } from './selftest-check';

/** Where the vault's protection comes from; the self-test grades it. */
export type VaultStrength =
  /** The OS keyring through Electron's safeStorage (DPAPI, Keychain, Secret Service, KWallet). */
  | { readonly kind: 'os-keyring'; readonly backend: string }
  /** systemd-creds, bound to the TPM2 when `tpm2` is true, otherwise to the root-only host key. */
  | { readonly kind: 'systemd-creds'; readonly tpm2: boolean }
  /** The file vault: a master key protected by file permissions only (CLI, browser host). */
  | { readonly kind: 'file' }
  /** safeStorage on Linux without a keyring: Chromium's hard-coded key, i.e. no protection. */
  | { readonly kind: 'basic-text' };

/** Grades the vault: a hard-coded key fails, key material readable from the disk alone warns. */
export function checkVault(strength: VaultStrength): CheckResult {
  switch (strength.kind) {
    case 'os-keyring':
      return {
        status: 'pass',
        detail: DEVICE_TEXTS.vaultKeyring,
        params: { backend: strength.backend },
      };
    case 'systemd-creds':
      return strength.tpm2
        ? { status: 'pass', detail: DEVICE_TEXTS.vaultTpm }
        : { status: 'warn', detail: DEVICE_TEXTS.vaultHostKey };
    case 'file':
      return { status: 'warn', detail: DEVICE_TEXTS.vaultFile };
    case 'basic-text':
      return { status: 'fail', detail: DEVICE_TEXTS.vaultBasicText };
    default:
      return assertNever(strength, 'vault strength');
  }
}
