import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadOrCreateDeviceKey } from '../../../src/core/device/device-key';
import { KeyVaultError, type KeyVaultFailure } from '../../../src/core/device/key-vault';
import { initFileVault, openFileVault } from '../../../src/core/device/key-vault-file';

const failureOf = (work: () => unknown): KeyVaultFailure | 'no error' => {
  try {
    work();
    return 'no error';
  } catch (error) {
    if (error instanceof KeyVaultError) return error.failure;
    throw error;
  }
};

describe('file key vault', () => {
  let dir: string;
  let vaultDir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-vault-'));
    vaultDir = join(dir, 'vault');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every file readable by its owner only', () => {
    loadOrCreateDeviceKey(initFileVault(vaultDir));
    expect(statSync(vaultDir).mode & 0o777).toBe(0o700);
    for (const name of readdirSync(vaultDir))
      expect(statSync(join(vaultDir, name)).mode & 0o777).toBe(0o600);
  });

  it('unwraps what it wrapped, also after reopening', () => {
    const key = randomBytes(32);
    const wrapped = initFileVault(vaultDir).wrapDataKey(key);
    expect(wrapped.includes(key)).toBe(false);
    expect(openFileVault(vaultDir).unwrapDataKey(wrapped).equals(key)).toBe(true);
  });

  it('gives the same device key after reopening, and refuses to replace it', () => {
    const first = loadOrCreateDeviceKey(initFileVault(vaultDir));
    const vault = openFileVault(vaultDir);
    expect(loadOrCreateDeviceKey(vault).keyId).toBe(first.keyId);
    expect(failureOf(() => vault.storeDeviceKey(randomBytes(48)))).toBe('already-provisioned');
  });

  it('keeps a named secret sealed, replaces it on rotation and binds it to its name', () => {
    const vault = initFileVault(vaultDir);
    expect(vault.loadSecret('platform-credentials')).toBeNull();
    const secret = Buffer.from('{"api_key":"k","api_secret":"s"}');
    vault.storeSecret('platform-credentials', secret);
    const sealed = readdirSync(vaultDir).filter((name) => name.startsWith('platform-credentials'));
    expect(sealed).toEqual(['platform-credentials.sealed']);
    expect(openFileVault(vaultDir).loadSecret('platform-credentials')).toEqual(secret);
    vault.storeSecret('platform-credentials', Buffer.from('rotated'));
    expect(openFileVault(vaultDir).loadSecret('platform-credentials')?.toString()).toBe('rotated');
    expect(statSync(join(vaultDir, sealed[0]!)).mode & 0o777).toBe(0o600);
  });

  it('says wrong-key for a data key wrapped by another vault or altered', () => {
    const wrapped = initFileVault(vaultDir).wrapDataKey(randomBytes(32));
    const other = initFileVault(join(dir, 'other'));
    expect(failureOf(() => other.unwrapDataKey(wrapped))).toBe('wrong-key');
    const altered = Buffer.from(wrapped);
    altered[15] = (altered[15] ?? 0) ^ 1;
    expect(failureOf(() => openFileVault(vaultDir).unwrapDataKey(altered))).toBe('wrong-key');
  });

  it('says missing for an absent vault and corrupt for a truncated master key', () => {
    expect(failureOf(() => openFileVault(vaultDir))).toBe('missing');
    initFileVault(vaultDir);
    writeFileSync(join(vaultDir, 'master.key'), randomBytes(7), { mode: 0o600 });
    expect(failureOf(() => openFileVault(vaultDir))).toBe('corrupt');
  });

  it('refuses a master key other users can read', () => {
    initFileVault(vaultDir);
    chmodSync(join(vaultDir, 'master.key'), 0o644);
    expect(failureOf(() => openFileVault(vaultDir))).toBe('insecure');
  });

  it('refuses to initialise over an existing vault', () => {
    initFileVault(vaultDir);
    expect(failureOf(() => initFileVault(vaultDir))).toBe('already-provisioned');
  });

  it('carries operator text in both languages', () => {
    const error = new KeyVaultError('missing');
    expect(error.toProblem()).toMatchObject({ code: 'key-vault-missing', retryable: false });
    expect(error.text['zh-CN']).toContain('密钥库');
  });
});
