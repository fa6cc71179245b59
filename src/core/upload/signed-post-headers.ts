// The headers of a POST signed with the device key (RFC 9530 digest + RFC 9421 signature): used by
// record uploads and fleet heartbeats alike, so both speak exactly one signing scheme.
import type { KeyObject } from 'node:crypto';
import { contentDigest } from './content-digest';
import { signRequest } from './request-signature';

/** Content-Type, Content-Digest, Signature-Input and Signature for a JSON body POSTed to `url`. */
export function signedPostHeaders(
  url: string,
  body: Uint8Array,
  key: { readonly keyId: string; readonly privateKey: KeyObject },
  nowMs: number,
): Record<string, string> {
  const digest = contentDigest(body);
  const signature = signRequest(
    { '@method': 'POST', '@target-uri': url, 'content-digest': digest },
    { created: Math.floor(nowMs / 1000), keyId: key.keyId, alg: 'ed25519' },
    key.privateKey,
  );
  return { 'content-type': 'application/json', 'content-digest': digest, ...signature };
}
