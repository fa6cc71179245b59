// AES-256-GCM boxes: random 96-bit nonce, 128-bit tag. One format for sealed records and wrapped
// keys, so there is a single place where the nonce and tag layout is decided.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** Bytes a box adds to its plaintext. */
const BOX_OVERHEAD_BYTES = NONCE_BYTES + TAG_BYTES;

/** Encrypts `plaintext` under a 32-byte key; returns nonce ‖ ciphertext ‖ tag. */
export function sealBox(key: Buffer, plaintext: Buffer, aad: Buffer): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]);
}

/** Decrypts a box; null when it is too short, altered, bound to other AAD or sealed under another key. */
export function openBox(key: Buffer, box: Buffer, aad: Buffer): Buffer | null {
  if (box.length < BOX_OVERHEAD_BYTES) return null;
  const nonce = box.subarray(0, NONCE_BYTES);
  const tag = box.subarray(box.length - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([
      decipher.update(box.subarray(NONCE_BYTES, box.length - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    return null;
  }
}
