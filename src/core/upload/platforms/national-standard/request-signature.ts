// The national-standard request signature: uppercase hex MD5 of
// api_secret + name1 + value1 + name2 + value2 ... + api_secret, the parameters (the raw body
// included, as `body`) sorted by name. docs/platforms.md works one example through.
import { createHash, timingSafeEqual } from 'node:crypto';

/** The signed parameters of one request: query parameters plus `body`, the raw body text. */
export type SignedParams = Readonly<Record<string, string>>;

/** The string the MD5 is taken of. */
export function stringToSign(apiSecret: string, params: SignedParams): string {
  // Byte order of the names (the platforms' Java samples use TreeMap, i.e. UTF-16 order; the
  // names are ASCII, where both agree).
  const names = Object.keys(params).sort();
  return `${apiSecret}${names.map((name) => `${name}${params[name]}`).join('')}${apiSecret}`;
}

/** The signature of a request's parameters. */
export function signParams(apiSecret: string, params: SignedParams): string {
  return createHash('md5')
    .update(stringToSign(apiSecret, params), 'utf8')
    .digest('hex')
    .toUpperCase();
}

/** Whether `signature` is the signature of `params` (compared in constant time). */
export function verifyParams(apiSecret: string, params: SignedParams, signature: string): boolean {
  const expected = Buffer.from(signParams(apiSecret, params));
  const given = Buffer.from(signature.toUpperCase());
  return given.length === expected.length && timingSafeEqual(given, expected);
}
