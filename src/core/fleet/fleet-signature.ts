// Fleet-key signatures over remote configurations and update offers: Ed25519 over the RFC 8785
// canonical form of the payload, so the service may re-serialise the JSON without breaking them.
import { sign, verify, type KeyObject } from 'node:crypto';
import { err, ok, type Result } from '../../shared/result';
import { canonicalBytes } from '../records/canonical-json';
import { keyIdOf } from '../records/record-signature';

/** A payload with the fleet key's id and signature, as the heartbeat reply carries it. */
export interface FleetSigned<P> {
  readonly payload: P;
  readonly keyId: string;
  readonly signature: string;
}

/** The fleet signing key (held by the fleet service) with its key id. */
export interface FleetKey {
  readonly privateKey: KeyObject;
  readonly keyId: string;
}

/** Signs a payload with the fleet key. */
export function fleetSign<P>(payload: P, key: FleetKey): FleetSigned<P> {
  const signature = sign(null, canonicalBytes(payload), key.privateKey).toString('base64');
  return { payload, keyId: key.keyId, signature };
}

/** Checks a fleet signature against the key the kiosk was provisioned with (base64 SPKI). */
export function fleetVerify<P>(
  signed: FleetSigned<P>,
  trusted: KeyObject,
): Result<P, 'unknown-key' | 'bad-signature'> {
  const spki = trusted.export({ format: 'der', type: 'spki' });
  if (signed.keyId !== keyIdOf(spki)) return err('unknown-key');
  const valid = verify(
    null,
    canonicalBytes(signed.payload),
    trusted,
    Buffer.from(signed.signature, 'base64'),
  );
  return valid ? ok(signed.payload) : err('bad-signature');
}
