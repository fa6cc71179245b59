// The file key vault: a directory (0700) holding a random master key and the wrapped device key,
// each in a 0600 file. For the browser host, the CLI and tests; Electron uses safeStorage instead.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { openBox, sealBox } from '../records/aes-gcm-box';
import { KeyVaultError, type KeyVault, type VaultSecretName } from './key-vault';

const MASTER_FILE = 'master.key';
const DEVICE_KEY_FILE = 'device-key.sealed';
const MASTER_BYTES = 32;
// Binds each wrapped blob to its purpose, so a wrapped data key cannot pose as the device key.
const AAD_DATA_KEY = Buffer.from('kiosk-vault/data-key/v1');
const AAD_DEVICE_KEY = Buffer.from('kiosk-vault/device-key/v1');
const aadOfSecret = (name: VaultSecretName) => Buffer.from(`kiosk-vault/secret/${name}/v1`);

function writeSecretFile(path: string, bytes: Buffer): void {
  // Written beside and renamed so a crash never leaves a half-written key.
  const temp = `${path}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
}

function readSecretFile(path: string): Buffer | null {
  let mode: number;
  try {
    mode = statSync(path).mode;
  } catch {
    return null;
  }
  // Anyone else able to read the master key could unseal every record.
  if ((mode & 0o077) !== 0) throw new KeyVaultError('insecure');
  return readFileSync(path);
}

/** Creates a new vault (directory and master key); refuses when one already exists there. */
export function initFileVault(dir: string): KeyVault {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (readSecretFile(join(dir, MASTER_FILE))) throw new KeyVaultError('already-provisioned');
  writeSecretFile(join(dir, MASTER_FILE), randomBytes(MASTER_BYTES));
  return openFileVault(dir);
}

/** Opens an existing vault; a missing one is an error, never silently recreated (that would orphan sealed data). */
export function openFileVault(dir: string): KeyVault {
  const master = readSecretFile(join(dir, MASTER_FILE));
  if (!master) throw new KeyVaultError('missing');
  if (master.length !== MASTER_BYTES) throw new KeyVaultError('corrupt');
  const unwrap = (wrapped: Buffer, aad: Buffer): Buffer => {
    const plain = openBox(master, wrapped, aad);
    if (!plain) throw new KeyVaultError('wrong-key');
    return plain;
  };
  const devicePath = join(dir, DEVICE_KEY_FILE);
  return {
    wrapDataKey: (dataKey) => sealBox(master, dataKey, AAD_DATA_KEY),
    unwrapDataKey: (wrapped) => unwrap(wrapped, AAD_DATA_KEY),
    loadDeviceKey() {
      const wrapped = readSecretFile(devicePath);
      return wrapped ? unwrap(wrapped, AAD_DEVICE_KEY) : null;
    },
    storeDeviceKey(pkcs8Der) {
      if (readSecretFile(devicePath)) throw new KeyVaultError('already-provisioned');
      writeSecretFile(devicePath, sealBox(master, pkcs8Der, AAD_DEVICE_KEY));
    },
    loadSecret(name) {
      const sealed = readSecretFile(join(dir, `${name}.sealed`));
      return sealed ? unwrap(sealed, aadOfSecret(name)) : null;
    },
    storeSecret(name, secret) {
      writeSecretFile(join(dir, `${name}.sealed`), sealBox(master, secret, aadOfSecret(name)));
    },
  };
}
