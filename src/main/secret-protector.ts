/** Protectors of the vault's secrets: the OS keyring through safeStorage, or systemd-creds (TPM2 where present). */
import { execFileSync } from 'node:child_process';
import type { SafeStorage } from 'electron';

/** Encrypts and decrypts vault secrets with a key the disk alone does not hold. */
export interface SecretProtector {
  readonly kind: 'safe-storage' | 'systemd-creds';
  seal(secret: Buffer): Buffer;
  open(sealed: Buffer): Buffer;
}

/** safeStorage: DPAPI on Windows, Keychain on macOS, the Secret Service/KWallet on Linux. */
export function safeStorageProtector(storage: SafeStorage): SecretProtector {
  return {
    kind: 'safe-storage',
    // safeStorage encrypts strings: the secret travels as base64 so no byte is lost to UTF-8.
    seal: (secret) => storage.encryptString(secret.toString('base64')),
    open: (sealed) => Buffer.from(storage.decryptString(sealed), 'base64'),
  };
}

/** The command runner, injectable so tests need no systemd. */
export type RunCommand = (file: string, args: readonly string[], input?: Buffer) => Buffer;

/** Runs a command synchronously, feeding `input` on stdin; throws when it exits non-zero. */
export const runCommand: RunCommand = (file, args, input) =>
  execFileSync(file, [...args], { input, stdio: ['pipe', 'pipe', 'ignore'], timeout: 10_000 });

const CREDENTIAL_NAME = 'kiosk-vault';

/** systemd-creds: bound to the TPM2 when the machine has one (`--with-key=auto`), else to the host key. */
export function systemdCredsProtector(run: RunCommand = runCommand): SecretProtector {
  return {
    kind: 'systemd-creds',
    seal: (secret) =>
      run(
        'systemd-creds',
        ['encrypt', `--name=${CREDENTIAL_NAME}`, '--with-key=auto', '-', '-'],
        secret,
      ),
    open: (sealed) =>
      run('systemd-creds', ['decrypt', `--name=${CREDENTIAL_NAME}`, '-', '-'], sealed),
  };
}

/** Whether systemd-creds works here and whether a TPM2 backs it. */
export function probeSystemdCreds(run: RunCommand = runCommand): {
  available: boolean;
  tpm2: boolean;
} {
  try {
    run('systemd-creds', ['--version']);
  } catch {
    return { available: false, tpm2: false };
  }
  try {
    // `has-tpm2` exits 0 only when firmware, driver and system all support the TPM2.
    run('systemd-creds', ['has-tpm2', '--quiet']);
    return { available: true, tpm2: true };
  } catch {
    return { available: true, tpm2: false };
  }
}
