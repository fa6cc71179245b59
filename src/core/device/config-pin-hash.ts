/** Operator PINs as the configuration stores them: scrypt hashes, never the PIN itself. */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt cost: N = 2^15, r = 8, p = 1 (32 MiB, 0.3 s on the 2-core test machine): slow enough to make a 6-digit PIN costly to brute-force. */
const DEFAULTS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_BYTES = 32;

function derive(
  pin: string,
  salt: Buffer,
  cost: { N: number; r: number; p: number },
): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) =>
    scrypt(pin.normalize('NFKC'), salt, KEY_BYTES, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** Hashes a PIN into the `scrypt$N$r$p$salt$hash` form of `pinHashSchema`. */
export async function hashPin(pin: string, cost = DEFAULTS): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(pin, salt, cost);
  return `scrypt$${cost.N}$${cost.r}$${cost.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** Whether `pin` matches a stored hash; false (never a throw) for a hash this build cannot read. */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  // Bounds keep a tampered configuration from asking for gigabytes of memory.
  const sane =
    cost.N >= 2 ** 10 &&
    cost.N <= 2 ** 20 &&
    cost.r >= 1 &&
    cost.r <= 32 &&
    cost.p >= 1 &&
    cost.p <= 16;
  if (scheme !== 'scrypt' || !sane || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  if (expected.length !== KEY_BYTES) return false;
  const key = await derive(pin, Buffer.from(salt, 'base64url'), cost).catch(() => null);
  return key !== null && timingSafeEqual(key, expected);
}
