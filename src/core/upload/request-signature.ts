// Signing and verifying upload requests with the device's Ed25519 key (RFC 9421 over the
// components in signature-base.ts). The kiosk signs; the collector and platforms verify.
import { sign, verify, type KeyObject } from 'node:crypto';
import { err, ok, type Result } from '../../shared/result';
import {
  COVERED_COMPONENTS,
  SIGNATURE_LABEL,
  parseSignatureHeaders,
  serializeSignatureParams,
  signatureBase,
  type CoveredValues,
  type SignatureInputProblem,
  type SignatureParams,
} from './signature-base';
import { sfBytes } from './structured-fields';

/** The two headers that carry a request signature. */
export interface SignatureHeaders {
  readonly 'signature-input': string;
  readonly signature: string;
}

function baseFor(values: CoveredValues, paramsValue: string): string {
  return signatureBase(
    COVERED_COMPONENTS.map((name) => [name, values[name]] as const),
    paramsValue,
  );
}

/** Signs a request's method, target URI and Content-Digest; returns the Signature-Input and Signature headers. */
export function signRequest(
  values: CoveredValues,
  params: SignatureParams,
  privateKey: KeyObject,
): SignatureHeaders {
  const paramsValue = serializeSignatureParams(COVERED_COMPONENTS, params);
  const signature = sign(null, Buffer.from(baseFor(values, paramsValue), 'utf8'), privateKey);
  return {
    'signature-input': `${SIGNATURE_LABEL}=${paramsValue}`,
    signature: `${SIGNATURE_LABEL}=${sfBytes(signature)}`,
  };
}

/** Why a request signature is not accepted. */
export type RequestSignatureProblem =
  | { readonly kind: 'headers'; readonly problem: SignatureInputProblem }
  | { readonly kind: 'unknown-key'; readonly keyId: string }
  | { readonly kind: 'bad-signature'; readonly keyId: string };

/** Verifies a request signature; `lookupKey` returns the registered public key of a key id, or undefined. */
export function verifyRequestSignature(
  values: CoveredValues,
  headers: { readonly signatureInput: string | undefined; readonly signature: string | undefined },
  lookupKey: (keyId: string) => KeyObject | undefined,
): Result<SignatureParams, RequestSignatureProblem> {
  const parsed = parseSignatureHeaders(headers.signatureInput, headers.signature);
  if (!parsed.ok) return err({ kind: 'headers', problem: parsed.error });
  const { params, paramsValue, signature } = parsed.value;
  const key = lookupKey(params.keyId);
  if (!key) return err({ kind: 'unknown-key', keyId: params.keyId });
  const valid = verify(null, Buffer.from(baseFor(values, paramsValue), 'utf8'), key, signature);
  return valid ? ok(params) : err({ kind: 'bad-signature', keyId: params.keyId });
}
