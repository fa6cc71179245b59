/** Picks the Electron kiosk's key vault: safeStorage, or the configured alternative where safeStorage is weak. */
import type { SafeStorage } from 'electron';
import { KeyVaultError, type KeyVault } from '../core/device/key-vault';
import type { VaultStrength } from '../core/device/selftest-vault';
import { openProtectedVault } from './protected-vault';
import {
  probeSystemdCreds,
  runCommand,
  safeStorageProtector,
  systemdCredsProtector,
  type RunCommand,
} from './secret-protector';

/** What to use on Linux when safeStorage has no keyring: systemd-creds, or accept the weak vault. */
type LinuxVaultFallback = 'systemd-creds' | 'accept-weak';

/** Inputs of the choice; `run` is injectable so tests need no systemd. */
export interface VaultChoiceOptions {
  readonly platform: NodeJS.Platform;
  readonly storage: SafeStorage;
  readonly vaultDir: string;
  readonly linuxFallback: LinuxVaultFallback;
  readonly run?: RunCommand;
}

/** Backends under which Chromium encrypts with a hard-coded key (no keyring was found). */
const WEAK_BACKENDS = new Set(['basic_text', 'unknown']);

/** Opens the vault the platform allows, and says how strong it is (the self-test reports it). */
export function selectVault(options: VaultChoiceOptions): {
  vault: KeyVault;
  strength: VaultStrength;
} {
  const { storage, vaultDir } = options;
  const backend =
    options.platform === 'linux' ? storage.getSelectedStorageBackend() : options.platform;
  if (options.platform === 'linux' && WEAK_BACKENDS.has(backend)) {
    const run = options.run ?? runCommand;
    const creds = options.linuxFallback === 'systemd-creds' ? probeSystemdCreds(run) : null;
    if (creds?.available) {
      return {
        vault: openProtectedVault(vaultDir, systemdCredsProtector(run)),
        strength: { kind: 'systemd-creds', tpm2: creds.tpm2 },
      };
    }
    return {
      vault: openProtectedVault(vaultDir, safeStorageProtector(storage)),
      strength: { kind: 'basic-text' },
    };
  }
  if (!storage.isEncryptionAvailable()) throw new KeyVaultError('missing');
  return {
    vault: openProtectedVault(vaultDir, safeStorageProtector(storage)),
    strength: { kind: 'os-keyring', backend },
  };
}
