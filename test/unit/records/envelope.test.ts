import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deviceKeyFromPkcs8, type DeviceKey } from '../../../src/core/device/device-key';
import {
  signEnvelope,
  verifyEnvelope,
  type SignedEnvelope,
} from '../../../src/core/records/envelope';
import { sampleRecord, SAMPLE_ID_NUMBER } from './sample-record';

function newKey(): DeviceKey {
  return deviceKeyFromPkcs8(
    generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }),
  );
}

const kindOf = (value: unknown) => {
  const result = verifyEnvelope(value);
  return result.ok ? 'ok' : result.error.kind;
};

describe('verifyEnvelope', () => {
  const key = newKey();
  const envelope: SignedEnvelope = signEnvelope(sampleRecord(), key);

  it('accepts an envelope signed by the key it carries', () => {
    expect(kindOf(envelope)).toBe('ok');
  });

  it('accepts the envelope after a JSON round trip with reordered members', () => {
    const { record, ...rest } = JSON.parse(JSON.stringify(envelope)) as SignedEnvelope;
    expect(kindOf({ ...rest, record: Object.fromEntries(Object.entries(record).reverse()) })).toBe(
      'ok',
    );
  });

  it('detects a changed field of the signed record', () => {
    const changed = { ...envelope, record: { ...envelope.record, operatorId: 'op-08' } };
    expect(kindOf(changed)).toBe('bad-signature');
  });

  it('detects a flipped bit in the signature', () => {
    const bytes = Buffer.from(envelope.signature, 'base64');
    bytes[10] = (bytes[10] ?? 0) ^ 0x01;
    expect(kindOf({ ...envelope, signature: bytes.toString('base64') })).toBe('bad-signature');
  });

  it('refuses a key id that is not the fingerprint of the carried public key', () => {
    expect(kindOf({ ...envelope, keyId: newKey().keyId })).toBe('key-id-mismatch');
  });

  it('refuses a valid signature by another key presented with that key', () => {
    const other = newKey();
    const swapped = {
      ...envelope,
      keyId: other.keyId,
      publicKey: other.publicKeySpki.toString('base64'),
    };
    expect(kindOf(swapped)).toBe('bad-signature');
  });

  it('refuses a public key that is not Ed25519', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({
      format: 'der',
      type: 'spki',
    });
    expect(kindOf({ ...envelope, publicKey: rsa.toString('base64') })).toBe('bad-public-key');
  });

  it('refuses an unknown member, such as an embedding, without echoing values', () => {
    const withEmbedding = { ...envelope, record: { ...envelope.record, embedding: [0.1, 0.2] } };
    const result = verifyEnvelope(withEmbedding);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe('invalid-schema');
      expect(result.error.detail).not.toContain(SAMPLE_ID_NUMBER);
    }
  });

  it('refuses a record whose photos contradict the transmission policy', () => {
    const record = {
      ...envelope.record,
      photos: { transmitted: 'none', livePhoto: { mediaType: 'image/jpeg', data: 'AA==' } },
    };
    expect(kindOf({ ...envelope, record })).toBe('invalid-schema');
  });
});
