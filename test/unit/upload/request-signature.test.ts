import { createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentDigest } from '../../../src/core/upload/content-digest';
import { verifyRequestSignature, signRequest } from '../../../src/core/upload/request-signature';
import {
  COVERED_COMPONENTS,
  serializeSignatureParams,
  signatureBase,
} from '../../../src/core/upload/signature-base';
import { RFC_PRIVATE_KEY, RFC_PUBLIC_KEY, WORKED_EXAMPLE as EX } from './rfc9421-fixtures';

const values = {
  '@method': 'POST',
  '@target-uri': EX.targetUri,
  'content-digest': EX.contentDigest,
};
const params = { created: EX.created, keyId: EX.keyId, alg: 'ed25519' } as const;
const headersOf = (h: { 'signature-input': string; signature: string }) => ({
  signatureInput: h['signature-input'],
  signature: h.signature,
});

describe('RFC 9421 signature base', () => {
  it('reproduces the ed25519 example of RFC 9421 Appendix B.2.6 byte for byte', () => {
    const components = [
      ['date', 'Tue, 20 Apr 2021 02:07:55 GMT'],
      ['@method', 'POST'],
      ['@path', '/foo'],
      ['@authority', 'example.com'],
      ['content-type', 'application/json'],
      ['content-length', '18'],
    ] as const;
    const paramsValue =
      '("date" "@method" "@path" "@authority" "content-type" "content-length");created=1618884473;keyid="test-key-ed25519"';
    const base = signatureBase(components, paramsValue);
    expect(sign(null, Buffer.from(base), RFC_PRIVATE_KEY).toString('base64')).toBe(
      'wqcAqbmYJ2ji2glfAMaRy4gruYYnx2nEFN2HN6jrnDnQCK1u02Gb04v9EDgwUPiu4A0w6vuQv5lIp5WPpBKRCw==',
    );
  });

  it('builds the hand-checked base of the upload API worked example', () => {
    const paramsValue = serializeSignatureParams(COVERED_COMPONENTS, params);
    expect(
      signatureBase(
        COVERED_COMPONENTS.map((c) => [c, values[c]] as const),
        paramsValue,
      ),
    ).toBe(EX.base);
    expect(contentDigest(Buffer.from(EX.body))).toBe(EX.contentDigest);
  });

  it('refuses a component value with a line break', () => {
    expect(() => signatureBase([['@method', 'POST\nX']], '()')).toThrow(RangeError);
  });
});

describe('request signatures', () => {
  it('signs the worked example to the published headers, verifiable over the hand-written base', () => {
    const headers = signRequest(values, params, RFC_PRIVATE_KEY);
    expect(headers).toEqual({ 'signature-input': EX.signatureInput, signature: EX.signature });
    const raw = Buffer.from(EX.signature.slice('kiosk=:'.length, -1), 'base64');
    expect(verify(null, Buffer.from(EX.base), RFC_PUBLIC_KEY, raw)).toBe(true);
  });

  it('verifies with the registered key and reports the parameters', () => {
    const result = verifyRequestSignature(
      values,
      headersOf(signRequest(values, params, RFC_PRIVATE_KEY)),
      () => RFC_PUBLIC_KEY,
    );
    expect(result).toEqual({ ok: true, value: params });
  });

  it.each([
    ['method', { ...values, '@method': 'PUT' }],
    ['target URI', { ...values, '@target-uri': 'https://platform.example/v1/records?x=1' }],
    ['content digest', { ...values, 'content-digest': contentDigest(Buffer.from('{}')) }],
  ])('rejects a request whose %s differs from what was signed', (_what, changed) => {
    const headers = headersOf(signRequest(values, params, RFC_PRIVATE_KEY));
    expect(verifyRequestSignature(changed, headers, () => RFC_PUBLIC_KEY)).toEqual({
      ok: false,
      error: { kind: 'bad-signature', keyId: EX.keyId },
    });
  });

  it('rejects a signature made by another key, and an unknown key id', () => {
    const other = generateKeyPairSync('ed25519').privateKey;
    const headers = headersOf(signRequest(values, params, other));
    expect(verifyRequestSignature(values, headers, () => RFC_PUBLIC_KEY).ok).toBe(false);
    expect(verifyRequestSignature(values, headers, () => undefined)).toEqual({
      ok: false,
      error: { kind: 'unknown-key', keyId: EX.keyId },
    });
    expect(verifyRequestSignature(values, headers, () => createPublicKey(other)).ok).toBe(true);
  });

  it.each([
    ['missing headers', undefined, EX.signature, 'missing'],
    ['another label', EX.signatureInput.replace('kiosk=', 'sig1='), EX.signature, 'missing'],
    ['garbage', 'kiosk=(("', EX.signature, 'malformed'],
    [
      'fewer components',
      'kiosk=("@method" "@target-uri");created=1;keyid="k";alg="ed25519"',
      EX.signature,
      'wrong-components',
    ],
    [
      'another algorithm',
      EX.signatureInput.replace('alg="ed25519"', 'alg="rsa-pss-sha512"'),
      EX.signature,
      'wrong-params',
    ],
    [
      'reordered parameters',
      'kiosk=("@method" "@target-uri" "content-digest");keyid="test-key-ed25519";created=1618884473;alg="ed25519"',
      EX.signature,
      'wrong-params',
    ],
    ['a signature that is not bytes', EX.signatureInput, 'kiosk="abc"', 'malformed'],
  ])('rejects %s in Signature-Input / Signature', (_what, input, signature, problem) => {
    expect(
      verifyRequestSignature(values, { signatureInput: input, signature }, () => RFC_PUBLIC_KEY),
    ).toEqual({
      ok: false,
      error: { kind: 'headers', problem },
    });
  });

  it('returns false, not an exception, for a signature of the wrong length', () => {
    const headers = { signatureInput: EX.signatureInput, signature: 'kiosk=:AAAA:' };
    expect(verifyRequestSignature(values, headers, () => RFC_PUBLIC_KEY).ok).toBe(false);
  });
});

describe('docs/upload-api.md', () => {
  it('publishes the worked example this test checks', async () => {
    const { readFile } = await import('node:fs/promises');
    const doc = await readFile(new URL('../../../docs/upload-api.md', import.meta.url), 'utf8');
    for (const text of [
      EX.base,
      EX.contentDigest,
      `Signature-Input: ${EX.signatureInput}`,
      `Signature: ${EX.signature}`,
    ]) {
      expect(doc).toContain(text);
    }
  });
});
