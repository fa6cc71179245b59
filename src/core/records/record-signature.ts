// Ed25519 over the canonical record (RFC 8785 bytes). Ed25519 is deterministic, so the published
// test vector pins the exact signature a platform's verifier must accept.
import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalBytes } from './canonical-json';
import type { CaptureRecordV1 } from './record-schema';

/** Prefix of every key id; names the algorithm so a future key type gets its own ids. */
const KEY_ID_PREFIX = 'ed25519:';

/** The key id of a public key: `ed25519:` + base64url (no padding) of SHA-256 over its SPKI DER bytes. */
export function keyIdOf(publicKeySpkiDer: Buffer): string {
  return KEY_ID_PREFIX + createHash('sha256').update(publicKeySpkiDer).digest('base64url');
}

/** The public key from base64 SPKI DER, or null when the bytes are not an Ed25519 public key. */
export function parseEd25519PublicKey(spkiBase64: string): KeyObject | null {
  try {
    const key = createPublicKey({
      key: Buffer.from(spkiBase64, 'base64'),
      format: 'der',
      type: 'spki',
    });
    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
}

/** Signs the canonical form of a record; returns the 64-byte signature in base64. */
export function signRecord(record: CaptureRecordV1, privateKey: KeyObject): string {
  return sign(null, canonicalBytes(record), privateKey).toString('base64');
}

/** Whether `signatureBase64` is a valid Ed25519 signature of the record's canonical form. */
export function verifyRecordSignature(
  record: CaptureRecordV1,
  signatureBase64: string,
  publicKey: KeyObject,
): boolean {
  const signature = Buffer.from(signatureBase64, 'base64');
  if (signature.length !== 64) return false;
  return verify(null, canonicalBytes(record), publicKey, signature);
}
