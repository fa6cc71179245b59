// The checks of POST /v1/records, in the order that gives the clearest answer: body integrity,
// who signed the request, the envelope itself, that the envelope's key is the registered one, then
// deduplication. Pure apart from the receiver's store, so each refusal is tested without sockets.
import { verifyEnvelope } from '../core/records/envelope';
import { parseEd25519PublicKey } from '../core/records/record-signature';
import { err, ok, type Result } from '../shared/result';
import type { ProblemAnswer } from './problem-response';
import type { ReceiverStore } from './receiver-store';
import { checkSignedPost, type SignedPost } from './signed-request-check';

/** A received POST as the intake sees it. */
export interface IntakeRequest extends SignedPost {
  readonly receivedAtMs: number;
}

/** A record accepted: 201 when new, 200 when the same record was already stored. */
export type IntakeAccepted = {
  readonly status: 201 | 200;
  readonly recordId: string;
  readonly recordHash: string;
};

/** Checks and stores one upload; resolves, once stored for good, to the success answer or the problem to send. */
export async function acceptRecord(
  receiver: ReceiverStore,
  req: IntakeRequest,
): Promise<Result<IntakeAccepted, ProblemAnswer>> {
  const signed = checkSignedPost(req, (keyId) => receiver.deviceKey(keyId)?.key);
  if (!signed.ok) return signed;

  let parsed: unknown;
  try {
    parsed = JSON.parse(req.body.toString('utf8'));
  } catch {
    return err({ type: 'malformed-json' });
  }
  // The request's key was just verified: when the envelope names the same key, use it as parsed.
  const requestKey = receiver.deviceKey(signed.value);
  const verified = verifyEnvelope(parsed, (spki) =>
    requestKey?.spki === spki ? requestKey.key : parseEd25519PublicKey(spki),
  );
  if (!verified.ok)
    return err({
      type: 'invalid-envelope',
      detail: `${verified.error.kind}: ${verified.error.detail}`,
    });
  const { envelope, recordHash } = verified.value;

  // The request was signed by a registered key; the record must be signed by that same key.
  const keyId = signed.value;
  if (envelope.keyId !== keyId || envelope.publicKey !== requestKey?.spki) {
    return err({
      type: 'key-mismatch',
      detail: `envelope key ${envelope.keyId} is not the request key ${keyId}`,
    });
  }
  const recordId = envelope.record.recordId;
  if (req.headers['idempotency-key'] !== recordId) return err({ type: 'bad-idempotency-key' });

  const stored = await receiver.store({
    recordId,
    recordHash,
    keyId,
    envelopeJson: JSON.stringify(envelope),
    receivedAtMs: req.receivedAtMs,
  });
  if (stored === 'conflict')
    return err({ type: 'conflict', detail: `record ${recordId} is stored with another hash` });
  return ok({ status: stored === 'stored' ? 201 : 200, recordId, recordHash });
}
