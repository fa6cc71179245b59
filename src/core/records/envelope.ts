// The signed envelope: what leaves the device (upload body) and what the local log stores. It
// carries the public key so a receiver can check it against the key id it registered.
import { createHash, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { err, ok, type Result } from '../../shared/result';
import { canonicalBytes } from './canonical-json';
import { captureRecordV1, type CaptureRecordV1 } from './record-schema';
import {
  keyIdOf,
  parseEd25519PublicKey,
  signRecord,
  verifyRecordSignature,
} from './record-signature';
import type { DeviceKey } from '../device/device-key';

/** A record with its Ed25519 signature, the signing key's id and the public key itself. */
export interface SignedEnvelope {
  readonly version: 1;
  readonly record: CaptureRecordV1;
  /** base64 Ed25519 signature over the RFC 8785 canonical JSON of `record`. */
  readonly signature: string;
  /** `ed25519:` + base64url(SHA-256(SPKI DER of publicKey)), no padding. */
  readonly keyId: string;
  /** base64 SPKI DER of the device's Ed25519 public key. */
  readonly publicKey: string;
}

/** Runtime schema of the envelope; docs/record-format.schema.json is generated from it. */
export const signedEnvelopeSchema = z.strictObject({
  version: z.literal(1),
  record: captureRecordV1,
  signature: z.base64(),
  keyId: z.string().regex(/^ed25519:[A-Za-z0-9_-]{43}$/),
  publicKey: z.base64(),
});

/** An envelope whose schema, key id and signature all checked out, with its chain hash. */
export interface VerifiedEnvelope {
  readonly envelope: SignedEnvelope;
  /** SHA-256 (hex) of the canonical envelope: the next record's `previousRecordHash`, and the collector's dedup hash. */
  readonly recordHash: string;
}

/** Why an envelope was refused; `detail` is English for logs and problem+json, never personal data. */
export type EnvelopeProblem =
  | { readonly kind: 'invalid-schema'; readonly detail: string }
  | { readonly kind: 'bad-public-key'; readonly detail: string }
  | { readonly kind: 'key-id-mismatch'; readonly detail: string }
  | { readonly kind: 'bad-signature'; readonly detail: string };

/** The chain hash of an envelope: lower-case hex SHA-256 over its RFC 8785 canonical UTF-8 bytes. */
export function envelopeHash(envelope: SignedEnvelope): string {
  return createHash('sha256').update(canonicalBytes(envelope)).digest('hex');
}

/** Signs a record with the device key and wraps it in an envelope. */
export function signEnvelope(record: CaptureRecordV1, key: DeviceKey): SignedEnvelope {
  return {
    version: 1,
    record,
    signature: signRecord(record, key.privateKey),
    keyId: key.keyId,
    publicKey: key.publicKeySpki.toString('base64'),
  };
}

/**
 * Checks schema, that the key id is the public key's fingerprint, and the signature; a receiver
 * that already holds the parsed key passes `parseKey` to skip parsing it again for every record.
 */
export function verifyEnvelope(
  envelope: unknown,
  parseKey: (spkiBase64: string) => KeyObject | null = parseEd25519PublicKey,
): Result<VerifiedEnvelope, EnvelopeProblem> {
  const parsed = signedEnvelopeSchema.safeParse(envelope);
  if (!parsed.success) {
    // Paths and messages only: zod messages never echo the offending (possibly personal) value.
    const detail = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || '$'}: ${issue.message}`)
      .join('; ');
    return err({ kind: 'invalid-schema', detail });
  }
  const checked: SignedEnvelope = parsed.data;
  const publicKey = parseKey(checked.publicKey);
  if (!publicKey)
    return err({ kind: 'bad-public-key', detail: 'publicKey is not an Ed25519 SPKI DER key' });
  const expectedKeyId = keyIdOf(Buffer.from(checked.publicKey, 'base64'));
  if (expectedKeyId !== checked.keyId) {
    return err({
      kind: 'key-id-mismatch',
      detail: `keyId ${checked.keyId} is not the fingerprint of publicKey (${expectedKeyId})`,
    });
  }
  if (!verifyRecordSignature(checked.record, checked.signature, publicKey)) {
    return err({
      kind: 'bad-signature',
      detail: `signature does not verify for record ${checked.record.recordId}`,
    });
  }
  return ok({ envelope: checked, recordHash: envelopeHash(checked) });
}
