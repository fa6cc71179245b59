// The RFC 9421 signature base for the upload API: which request parts are covered and how they
// are serialised (§2.5). Signer and verifier both build the base here, so they cannot drift apart.
import { err, ok, type Result } from '../../shared/result';
import { parseDictionary, sfString } from './structured-fields';

/** The components every upload request signs, in this order. */
export const COVERED_COMPONENTS = ['@method', '@target-uri', 'content-digest'] as const;

/** The signature label the kiosk uses in Signature-Input and Signature. */
export const SIGNATURE_LABEL = 'kiosk';

/** The signature parameters of the upload API. */
export interface SignatureParams {
  /** Creation time in whole seconds since the epoch. */
  readonly created: number;
  readonly keyId: string;
  readonly alg: 'ed25519';
}

/** The component values of one request, as named by `COVERED_COMPONENTS`. */
export type CoveredValues = { readonly [C in (typeof COVERED_COMPONENTS)[number]]: string };

/** The serialised signature parameters: the Signature-Input member value and the last base line. */
export function serializeSignatureParams(
  components: readonly string[],
  params: SignatureParams,
): string {
  const list = components.map((name) => sfString(name)).join(' ');
  return `(${list});created=${params.created};keyid=${sfString(params.keyId)};alg=${sfString(params.alg)}`;
}

/**
 * The signature base (RFC 9421 §2.5): one `"name": value` line per covered component, then the
 * `@signature-params` line, joined by LF with no trailing newline.
 */
export function signatureBase(
  components: ReadonlyArray<readonly [name: string, value: string]>,
  paramsValue: string,
): string {
  const lines = components.map(([name, value]) => {
    if (/[\r\n]/.test(value))
      throw new RangeError(`Component ${name} must not contain a line break`);
    return `${sfString(name)}: ${value}`;
  });
  return [...lines, `"@signature-params": ${paramsValue}`].join('\n');
}

/** Why Signature-Input / Signature do not describe a signature this API accepts. */
export type SignatureInputProblem = 'missing' | 'malformed' | 'wrong-components' | 'wrong-params';

/** A parsed signature: the parameters, the exact params text to rebuild the base and the signature bytes. */
export interface ParsedSignature {
  readonly params: SignatureParams;
  readonly paramsValue: string;
  readonly signature: Buffer;
}

/** Parses the kiosk signature from Signature-Input and Signature; requires exactly the covered components and ed25519. */
export function parseSignatureHeaders(
  signatureInput: string | undefined,
  signature: string | undefined,
): Result<ParsedSignature, SignatureInputProblem> {
  if (!signatureInput || !signature) return err('missing');
  const inputs = parseDictionary(signatureInput);
  const signatures = parseDictionary(signature);
  if (!inputs.ok || !signatures.ok) return err('malformed');
  const input = inputs.value.get(SIGNATURE_LABEL);
  const sig = signatures.value.get(SIGNATURE_LABEL);
  if (!input || !sig) return err('missing');
  if (input.kind !== 'inner-list' || sig.kind !== 'item' || sig.item.kind !== 'bytes')
    return err('malformed');
  const names = input.items.map((item) => (item.kind === 'string' ? item.value : null));
  if (
    names.length !== COVERED_COMPONENTS.length ||
    names.some((name, i) => name !== COVERED_COMPONENTS[i])
  ) {
    return err('wrong-components');
  }
  const created = input.params.get('created');
  const keyId = input.params.get('keyid');
  const alg = input.params.get('alg');
  if (
    created?.kind !== 'integer' ||
    keyId?.kind !== 'string' ||
    alg?.kind !== 'string' ||
    alg.value !== 'ed25519'
  ) {
    return err('wrong-params');
  }
  // The base is rebuilt from the parsed values, so the API fixes the parameters and their order.
  if ([...input.params.keys()].join(';') !== 'created;keyid;alg') return err('wrong-params');
  const params: SignatureParams = { created: created.value, keyId: keyId.value, alg: 'ed25519' };
  return ok({
    params,
    paramsValue: serializeSignatureParams(COVERED_COMPONENTS, params),
    signature: sig.item.value,
  });
}
