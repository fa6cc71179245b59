// Content-Digest (RFC 9530) with sha-256: the request signature covers this header, and the
// header covers the body, so the signature protects every byte of the envelope.
import { createHash, timingSafeEqual } from 'node:crypto';
import { err, ok, type Result } from '../../shared/result';
import { parseDictionary, sfBytes } from './structured-fields';

/** Why a Content-Digest header does not vouch for a body. */
export type DigestProblem = 'missing' | 'malformed' | 'no-sha-256' | 'mismatch';

/** The Content-Digest header value for a body: `sha-256=:<base64>:`. */
export function contentDigest(body: Uint8Array): string {
  return `sha-256=${sfBytes(createHash('sha256').update(body).digest())}`;
}

/** Checks a Content-Digest header against the received body; other algorithms are ignored, sha-256 is required. */
export function verifyContentDigest(
  header: string | undefined,
  body: Uint8Array,
): Result<true, DigestProblem> {
  if (header === undefined || header.trim() === '') return err('missing');
  const parsed = parseDictionary(header);
  if (!parsed.ok) return err('malformed');
  const member = parsed.value.get('sha-256');
  if (!member) return err('no-sha-256');
  if (member.kind !== 'item' || member.item.kind !== 'bytes') return err('malformed');
  const expected = member.item.value;
  const actual = createHash('sha256').update(body).digest();
  return expected.length === actual.length && timingSafeEqual(expected, actual)
    ? ok(true)
    : err('mismatch');
}
