// The checks of POST /v1/records, in the order that gives the clearest answer: body integrity,
// who signed the request, the envelope itself, that the envelope's key is the registered one, then
// deduplication. Pure apart from the database, so each refusal is tested without sockets.
import { verifyEnvelope } from '../core/records/envelope';
import { parseEd25519PublicKey } from '../core/records/record-signature';
import { err, ok, type Result } from '../shared/result';
import type { CollectorDb } from './collector-db';
import type { ProblemAnswer } from './problem-response';
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

/** Checks and stores one upload; returns the success answer or the problem to send. */
export function acceptRecord(
  db: CollectorDb,
  req: IntakeRequest,
): Result<IntakeAccepted, ProblemAnswer> {
  const registered = new Map(db.keys().map((k) => [k.keyId, k.publicKey]));
  const signed = checkSignedPost(req, (keyId) => {
    const publicKey = registered.get(keyId);
    return publicKey === undefined ? undefined : (parseEd25519PublicKey(publicKey) ?? undefined);
  });
  if (!signed.ok) return signed;

  let parsed: unknown;
  try {
    parsed = JSON.parse(req.body.toString('utf8'));
  } catch {
    return err({ type: 'malformed-json' });
  }
  const verified = verifyEnvelope(parsed);
  if (!verified.ok)
    return err({
      type: 'invalid-envelope',
      detail: `${verified.error.kind}: ${verified.error.detail}`,
    });
  const { envelope, recordHash } = verified.value;

  // The request was signed by a registered key; the record must be signed by that same key.
  const keyId = signed.value;
  if (envelope.keyId !== keyId || envelope.publicKey !== registered.get(keyId)) {
    return err({
      type: 'key-mismatch',
      detail: `envelope key ${envelope.keyId} is not the request key ${keyId}`,
    });
  }
  const recordId = envelope.record.recordId;
  if (req.headers['idempotency-key'] !== recordId) return err({ type: 'bad-idempotency-key' });

  const stored = db.storeRecord({
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
