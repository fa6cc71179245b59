// The device's Ed25519 signing key: created once at provisioning, kept in the key vault, and
// identified everywhere by its key id (the fingerprint of its public key).
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { keyIdOf } from '../records/record-signature';
import type { KeyVault } from './key-vault';

/** The device signing key with its public half and id. */
export interface DeviceKey {
  readonly privateKey: KeyObject;
  /** SPKI DER bytes of the public key, as carried (base64) in every envelope. */
  readonly publicKeySpki: Buffer;
  /** `ed25519:` + base64url(SHA-256(publicKeySpki)). */
  readonly keyId: string;
}

/** Builds the device key from PKCS#8 DER bytes (the vault's storage form). */
export function deviceKeyFromPkcs8(pkcs8Der: Buffer): DeviceKey {
  const privateKey = createPrivateKey({ key: pkcs8Der, format: 'der', type: 'pkcs8' });
  if (privateKey.asymmetricKeyType !== 'ed25519')
    throw new TypeError('The device key must be an Ed25519 key');
  const publicKeySpki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  return { privateKey, publicKeySpki, keyId: keyIdOf(publicKeySpki) };
}

/** The vault's device key, generating and storing a new one on first use. */
export function loadOrCreateDeviceKey(vault: KeyVault): DeviceKey {
  const stored = vault.loadDeviceKey();
  if (stored) return deviceKeyFromPkcs8(stored);
  const { privateKey } = generateKeyPairSync('ed25519');
  const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' });
  vault.storeDeviceKey(pkcs8);
  return deviceKeyFromPkcs8(pkcs8);
}
