import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetElectronMock, safeStorage } from '../../support/electron-mock';
import { KeyVaultError } from '../../../src/core/device/key-vault';
import { openProtectedVault } from '../../../src/main/protected-vault';
import { safeStorageProtector, type RunCommand } from '../../../src/main/secret-protector';
import { selectVault } from '../../../src/main/vault-selection';
import type { SafeStorage } from 'electron';

vi.mock('electron', () => import('../../support/electron-mock'));

/** A stand-in for the systemd-creds binary: reversible "encryption", with or without a TPM2. */
function fakeSystemdCreds(options: { installed: boolean; tpm2: boolean }) {
  const calls: string[][] = [];
  const run: RunCommand = (file, args, input) => {
    calls.push([file, ...args]);
    if (!options.installed)
      throw Object.assign(new Error('spawn systemd-creds ENOENT'), { code: 'ENOENT' });
    if (args[0] === 'has-tpm2' && !options.tpm2) throw new Error('exit 1');
    if (args[0] === 'encrypt')
      return Buffer.concat([Buffer.from('CREDS'), input ?? Buffer.alloc(0)]);
    if (args[0] === 'decrypt') return (input ?? Buffer.alloc(0)).subarray(5);
    return Buffer.from('systemd 257');
  };
  return { run, calls };
}

describe('vault selection', () => {
  let dir: string;
  const storage = safeStorage as unknown as SafeStorage;
  beforeEach(() => {
    resetElectronMock();
    dir = mkdtempSync(join(tmpdir(), 'kiosk-vault-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('uses safeStorage on Linux with a keyring and calls it strong', () => {
    const { strength } = selectVault({
      platform: 'linux',
      storage,
      vaultDir: dir,
      linuxFallback: 'systemd-creds',
    });
    expect(strength).toEqual({ kind: 'os-keyring', backend: 'gnome_libsecret' });
  });

  it('uses safeStorage (DPAPI) on Windows', () => {
    expect(
      selectVault({ platform: 'win32', storage, vaultDir: dir, linuxFallback: 'systemd-creds' })
        .strength,
    ).toEqual({ kind: 'os-keyring', backend: 'win32' });
  });

  it.each([true, false])(
    'detects basic_text on Linux and switches to systemd-creds (TPM2: %s)',
    (tpm2) => {
      safeStorage.backend = 'basic_text';
      const creds = fakeSystemdCreds({ installed: true, tpm2 });
      const { vault, strength } = selectVault({
        platform: 'linux',
        storage,
        vaultDir: dir,
        linuxFallback: 'systemd-creds',
        run: creds.run,
      });
      expect(strength).toEqual({ kind: 'systemd-creds', tpm2 });
      expect(vault.unwrapDataKey(vault.wrapDataKey(Buffer.from('k'.repeat(32))))).toEqual(
        Buffer.from('k'.repeat(32)),
      );
      expect(creds.calls).toContainEqual([
        'systemd-creds',
        'encrypt',
        '--name=kiosk-vault',
        '--with-key=auto',
        '-',
        '-',
      ]);
    },
  );

  it('reports a weak vault when basic_text is all there is', () => {
    safeStorage.backend = 'basic_text';
    const missing = fakeSystemdCreds({ installed: false, tpm2: false });
    expect(
      selectVault({
        platform: 'linux',
        storage,
        vaultDir: dir,
        linuxFallback: 'systemd-creds',
        run: missing.run,
      }).strength,
    ).toEqual({ kind: 'basic-text' });
    expect(
      selectVault({ platform: 'linux', storage, vaultDir: dir, linuxFallback: 'accept-weak' })
        .strength,
    ).toEqual({ kind: 'basic-text' });
  });

  it('refuses to run without encryption on a platform that should have it', () => {
    safeStorage.available = false;
    expect(() =>
      selectVault({ platform: 'darwin', storage, vaultDir: dir, linuxFallback: 'systemd-creds' }),
    ).toThrow(KeyVaultError);
  });
});

describe('protected vault', () => {
  let dir: string;
  beforeEach(() => {
    resetElectronMock();
    dir = mkdtempSync(join(tmpdir(), 'kiosk-vault-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const open = () =>
    openProtectedVault(dir, safeStorageProtector(safeStorage as unknown as SafeStorage));

  it('stores the device key sealed (never in clear) and reads it back after a restart', () => {
    const pkcs8 = Buffer.from('device-key-pkcs8-bytes');
    open().storeDeviceKey(pkcs8);
    const files = readdirSync(dir);
    expect(files).toEqual(['device-key.safe-storage']);
    expect(readFileSync(join(dir, files[0]!)).includes(pkcs8)).toBe(false);
    expect(open().loadDeviceKey()).toEqual(pkcs8);
  });

  it('stores platform credentials sealed and replaces them when rotated', () => {
    const credentials = Buffer.from('{"api_key":"k","api_secret":"secret-value"}');
    open().storeSecret('platform-credentials', credentials);
    const file = join(dir, 'platform-credentials.safe-storage');
    expect(readFileSync(file).includes(credentials)).toBe(false);
    expect(open().loadSecret('platform-credentials')).toEqual(credentials);
    open().storeSecret('platform-credentials', Buffer.from('rotated'));
    expect(open().loadSecret('platform-credentials')?.toString()).toBe('rotated');
  });

  it('refuses a second device key and has none before provisioning', () => {
    const vault = open();
    expect(vault.loadDeviceKey()).toBeNull();
    vault.storeDeviceKey(Buffer.from('one'));
    expect(() => vault.storeDeviceKey(Buffer.from('two'))).toThrow(
      expect.objectContaining({ failure: 'already-provisioned' }),
    );
  });

  it('will not take a wrapped data key for anything else, nor a blob it cannot decrypt', () => {
    const vault = open();
    const wrapped = vault.wrapDataKey(Buffer.alloc(32, 7));
    expect(vault.unwrapDataKey(wrapped)).toEqual(Buffer.alloc(32, 7));
    expect(() => vault.unwrapDataKey(Buffer.from('garbage'))).toThrow(
      expect.objectContaining({ failure: 'wrong-key' }),
    );
    const asDevice = safeStorage.encryptString(
      Buffer.concat([Buffer.from('kiosk-vault/device-key/v1\n'), Buffer.alloc(32)]).toString(
        'base64',
      ),
    );
    expect(() => vault.unwrapDataKey(asDevice)).toThrow(
      expect.objectContaining({ failure: 'wrong-key' }),
    );
  });
});
