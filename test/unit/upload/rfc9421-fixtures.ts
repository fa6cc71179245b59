// The Ed25519 test key of RFC 9421 Appendix B.1.4 ("test-key-ed25519"), so the worked example in
// docs/upload-api.md can be reproduced by anyone with the RFC at hand.
import { createPrivateKey, createPublicKey } from 'node:crypto';

/** RFC 9421 B.1.4 private key. */
export const RFC_PRIVATE_KEY = createPrivateKey(
  '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ+DYvh6SEqVTm50DFtMDoQikTmiCqirVv9mWG9qfSnF\n-----END PRIVATE KEY-----\n',
);

/** RFC 9421 B.1.4 public key. */
export const RFC_PUBLIC_KEY = createPublicKey(
  '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAJrQLj5P/89iXES9+vFgrIy29clF9CC/oPPsw3c5D0bs=\n-----END PUBLIC KEY-----\n',
);

/** The worked example of docs/upload-api.md. */
export const WORKED_EXAMPLE = {
  body: '{"hello": "world"}',
  targetUri: 'https://platform.example/v1/records',
  created: 1618884473,
  keyId: 'test-key-ed25519',
  contentDigest: 'sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:',
  base: [
    '"@method": POST',
    '"@target-uri": https://platform.example/v1/records',
    '"content-digest": sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:',
    '"@signature-params": ("@method" "@target-uri" "content-digest");created=1618884473;keyid="test-key-ed25519";alg="ed25519"',
  ].join('\n'),
  signatureInput:
    'kiosk=("@method" "@target-uri" "content-digest");created=1618884473;keyid="test-key-ed25519";alg="ed25519"',
  signature:
    'kiosk=:W4mGCUEXaaRkYzirPqUxxSeNjDg3D//MUG0gCI7QHJnoIIojddkEzxzAHxXiSNAA7E7az4MgoSPfoWsLxG5KBA==:',
} as const;
