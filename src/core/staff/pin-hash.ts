/**
 * The one PIN hashing function of the project: scrypt with its parameters here, run on libuv's
 * thread pool (async `scrypt`), so a login never blocks the event loop that serves the screens.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt cost, the project's only setting of it: N = 2^15, r = 8, p = 1 (32 MiB, 0.3 s on the 2-core test machine): slow enough to make a 6-digit PIN costly to brute-force. */
const DEFAULTS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_BYTES = 32;

/** scrypt's cost parameters (tests pass a cheap one). */
export type PinHashCost = { readonly N: number; readonly r: number; readonly p: number };

function derive(pin: string, salt: Buffer, cost: PinHashCost): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) =>
    scrypt(pin.normalize('NFKC'), salt, KEY_BYTES, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** The stored form: `scrypt$N$r$p$salt$hash` with base64url salt and hash. */
export const PIN_HASH_PATTERN = /^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]+$/;

/** Hashes a PIN into the `scrypt$N$r$p$salt$hash` form. */
export async function hashPin(pin: string, cost: PinHashCost = DEFAULTS): Promise<string> {
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
