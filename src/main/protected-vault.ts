// A KeyVault whose secrets are sealed by a protector (safeStorage or systemd-creds) instead of a
// master key on disk, so the disk alone gives nothing away. Each sealed blob starts with a purpose
// tag inside the encryption, so a wrapped data key cannot pose as the device key.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KeyVaultError, type KeyVault, type VaultSecretName } from '../core/device/key-vault';
import type { SecretProtector } from './secret-protector';

const DATA_KEY_TAG = Buffer.from('kiosk-vault/data-key/v1\n');
const DEVICE_KEY_TAG = Buffer.from('kiosk-vault/device-key/v1\n');
const tagOfSecret = (name: VaultSecretName) => Buffer.from(`kiosk-vault/secret/${name}/v1\n`);

function readOptional(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}

/** Opens (creating its folder if needed) the vault in `dir`; the Electron kiosk provisions itself through setup. */
export function openProtectedVault(dir: string, protector: SecretProtector): KeyVault {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const devicePath = join(dir, `device-key.${protector.kind}`);
  const seal = (tag: Buffer, secret: Buffer) => protector.seal(Buffer.concat([tag, secret]));
  const open = (tag: Buffer, sealed: Buffer): Buffer => {
    let plain: Buffer;
    try {
      plain = protector.open(sealed);
    } catch (cause) {
      throw new KeyVaultError('wrong-key', { cause });
    }
    if (!plain.subarray(0, tag.length).equals(tag)) throw new KeyVaultError('wrong-key');
    return plain.subarray(tag.length);
  };
  const write = (path: string, sealed: Buffer) => {
    writeFileSync(`${path}.tmp`, sealed, { mode: 0o600 });
    renameSync(`${path}.tmp`, path);
  };
  const secretPath = (name: VaultSecretName) => join(dir, `${name}.${protector.kind}`);
  return {
    wrapDataKey: (dataKey) => seal(DATA_KEY_TAG, dataKey),
    unwrapDataKey: (wrapped) => open(DATA_KEY_TAG, wrapped),
    loadDeviceKey() {
      const sealed = readOptional(devicePath);
      return sealed ? open(DEVICE_KEY_TAG, sealed) : null;
    },
    storeDeviceKey(pkcs8Der) {
      if (readOptional(devicePath)) throw new KeyVaultError('already-provisioned');
      write(devicePath, seal(DEVICE_KEY_TAG, pkcs8Der));
    },
    loadSecret(name) {
      const sealed = readOptional(secretPath(name));
      return sealed ? open(tagOfSecret(name), sealed) : null;
    },
    storeSecret(name, secret) {
      write(secretPath(name), seal(tagOfSecret(name), secret));
    },
  };
}
