// DES wrapping of the ID number, as provinces that issue a DES key per integrator ask for it.
// Node 20's OpenSSL 3 refuses des-ecb without the legacy provider, which a kiosk cannot count on,
// so the cipher comes from des.js (the implementation browserify's crypto uses).
import des from 'des.js';
import type { NationalStandardSettings } from '../../../../shared/config/upload-platform-schema';

/** How the ID number is wrapped: the deployment's mode, padding and output encoding. */
export type IdNumberCipherSettings = Omit<NationalStandardSettings['idNumberCipher'], 'enabled'>;

const BLOCK_BYTES = 8;

// DES takes 8 key bytes; like Java's DESKeySpec, a longer key string uses its first 8 bytes.
function keyBytes(key: string): Buffer {
  const bytes = Buffer.from(key, 'utf8');
  if (bytes.length < BLOCK_BYTES) throw new RangeError('a DES key needs at least 8 bytes');
  return bytes.subarray(0, BLOCK_BYTES);
}

function cipherOf(type: 'encrypt' | 'decrypt', key: string, settings: IdNumberCipherSettings) {
  const k = keyBytes(key);
  const padding = settings.padding === 'pkcs5';
  return settings.mode === 'ecb'
    ? des.DES.create({ type, key: k, padding })
    : des.CBC.instantiate(des.DES).create({ type, key: k, iv: k, padding });
}

function zeroPad(plain: Buffer): Buffer {
  const rest = plain.length % BLOCK_BYTES;
  return rest === 0 ? plain : Buffer.concat([plain, Buffer.alloc(BLOCK_BYTES - rest)]);
}

/** Encrypts a text (the ID number) with DES under `key`, in the configured mode, padding and encoding. */
export function encryptIdNumber(
  plain: string,
  key: string,
  settings: IdNumberCipherSettings,
): string {
  const bytes = Buffer.from(plain, 'utf8');
  const cipher = cipherOf('encrypt', key, settings);
  const input = settings.padding === 'zero' ? zeroPad(bytes) : bytes;
  const out = Buffer.from([...cipher.update(input), ...cipher.final()]);
  return out.toString(settings.output);
}

/** Decrypts what encryptIdNumber made (the reference receiver uses it); undefined when it does not decrypt. */
export function decryptIdNumber(
  wrapped: string,
  key: string,
  settings: IdNumberCipherSettings,
): string | undefined {
  const bytes = Buffer.from(wrapped, settings.output);
  if (bytes.length === 0 || bytes.length % BLOCK_BYTES !== 0) return undefined;
  try {
    const cipher = cipherOf('decrypt', key, settings);
    const out = Buffer.from([...cipher.update(bytes), ...cipher.final()]);
    const text =
      settings.padding === 'zero' ? out.toString('utf8').replace(/\0+$/, '') : out.toString('utf8');
    return text;
  } catch {
    // des.js throws on a wrong PKCS#5 pad, which is what a wrong key usually gives.
    return undefined;
  }
}
