// The two checks every signed POST passes before its body is read: Content-Digest over the body,
// then the RFC 9421 signature by a known device key. Shared by the collector and the fleet service.
import type { KeyObject } from 'node:crypto';
import { verifyContentDigest } from '../core/upload/content-digest';
import { verifyRequestSignature } from '../core/upload/request-signature';
import { parseSignatureHeaders } from '../core/upload/signature-base';
import { err, ok, type Result } from '../shared/result';
import type { ProblemAnswer } from './problem-response';

/** A received signed POST. */
export interface SignedPost {
  /** The absolute URI the client addressed (scheme, Host and path), as it signed it. */
  readonly targetUri: string;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: Buffer;
}

/** The key id the request claims to be signed with (before verification), or undefined. */
export function claimedKeyId(headers: SignedPost['headers']): string | undefined {
  const parsed = parseSignatureHeaders(headers['signature-input'], headers.signature);
  return parsed.ok ? parsed.value.params.keyId : undefined;
}

/** Checks body digest and signature; returns the verified key id or the problem to answer. */
export function checkSignedPost(
  req: SignedPost,
  lookupKey: (keyId: string) => KeyObject | undefined,
): Result<string, ProblemAnswer> {
  const digest = verifyContentDigest(req.headers['content-digest'], req.body);
  if (!digest.ok)
    return err({ type: 'bad-content-digest', detail: `Content-Digest ${digest.error}` });
  const signed = verifyRequestSignature(
    {
      '@method': 'POST',
      '@target-uri': req.targetUri,
      'content-digest': req.headers['content-digest'] ?? '',
    },
    { signatureInput: req.headers['signature-input'], signature: req.headers.signature },
    lookupKey,
  );
  if (signed.ok) return ok(signed.value.keyId);
  const problem = signed.error;
  if (problem.kind === 'unknown-key')
    return err({ type: 'unknown-key', detail: `key id ${problem.keyId} is not registered` });
  const detail =
    problem.kind === 'headers'
      ? `Signature-Input/Signature: ${problem.problem}`
      : `signature by ${problem.keyId} does not verify`;
  return err({ type: 'bad-request-signature', detail });
}
