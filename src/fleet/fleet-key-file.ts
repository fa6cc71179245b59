// The fleet signing key on disk (PKCS#8 PEM, mode 0600): made once, its public half (base64 SPKI)
// goes into every kiosk's site policy as fleet.publicKey.
import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import type { FleetKey } from '../core/fleet/fleet-signature';
import { keyIdOf } from '../core/records/record-signature';

/** The base64 SPKI public key of a fleet key, as kiosks are provisioned with it. */
export function fleetPublicKeyBase64(key: FleetKey): string {
  return createPublicKey(key.privateKey).export({ format: 'der', type: 'spki' }).toString('base64');
}

/** Reads a fleet key file; throws with the path when it is not an Ed25519 private key. */
export function readFleetKey(path: string): FleetKey {
  const privateKey = createPrivateKey(readFileSync(path, 'utf8'));
  if (privateKey.asymmetricKeyType !== 'ed25519')
    throw new Error(`${path}: the fleet key must be an Ed25519 private key (PKCS#8 PEM)`);
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  return { privateKey, keyId: keyIdOf(spki) };
}

/** Makes a new fleet key file (refusing to overwrite one) and returns the key. */
export function createFleetKeyFile(path: string): FleetKey {
  const { privateKey } = generateKeyPairSync('ed25519');
  writeFileSync(path, privateKey.export({ format: 'pem', type: 'pkcs8' }), {
    mode: 0o600,
    flag: 'wx',
  });
  return readFleetKey(path);
}
