// Registering device keys with the collector: the key id must be the fingerprint of the public
// key (the record format's rule), so a typo cannot register a key under someone else's id.
import { readFileSync } from 'node:fs';
import { keyIdOf, parseEd25519PublicKey } from '../core/records/record-signature';
import type { CollectorDb, RegisteredKey } from './collector-db';

/** A key that cannot be registered: not Ed25519 SPKI, or a key id that is not its fingerprint. */
export class KeyRegistrationError extends Error {
  override name = 'KeyRegistrationError';
}

/** Registers a base64 SPKI public key; `keyId`, when given, must be its fingerprint. Returns the key id. */
export function registerDeviceKey(db: CollectorDb, publicKey: string, keyId?: string): string {
  if (!parseEd25519PublicKey(publicKey))
    throw new KeyRegistrationError('The public key is not a base64 SPKI Ed25519 key');
  const fingerprint = keyIdOf(Buffer.from(publicKey, 'base64'));
  if (keyId !== undefined && keyId !== fingerprint) {
    throw new KeyRegistrationError(
      `Key id ${keyId} is not the fingerprint of the public key (${fingerprint})`,
    );
  }
  // Stored in canonical base64 so the intake can compare it with an envelope's key as a string.
  db.registerKey({
    keyId: fingerprint,
    publicKey: Buffer.from(publicKey, 'base64').toString('base64'),
  });
  return fingerprint;
}

/** Reads a key list file: a JSON array of `{ "keyId"?: string, "publicKey": base64 SPKI }`. */
export function readKeyFile(path: string): RegisteredKey[] {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(parsed))
    throw new KeyRegistrationError(`${path}: expected a JSON array of keys`);
  return parsed.map((entry: unknown, index) => {
    const { keyId, publicKey } = (entry ?? {}) as { keyId?: unknown; publicKey?: unknown };
    if (typeof publicKey !== 'string' || (keyId !== undefined && typeof keyId !== 'string')) {
      throw new KeyRegistrationError(
        `${path}: entry ${index} needs a string publicKey (and optionally keyId)`,
      );
    }
    return { keyId: keyId ?? keyIdOf(Buffer.from(publicKey, 'base64')), publicKey };
  });
}
