// Checks the published test vector in docs/test-vectors/record-v1: if this fails, either the
// implementation or the published vector changed, and a platform's verifier would disagree.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deviceKeyFromPkcs8 } from '../../../src/core/device/device-key';
import { canonicalize } from '../../../src/core/records/canonical-json';
import { envelopeHash, signEnvelope, verifyEnvelope } from '../../../src/core/records/envelope';
import { captureRecordV1 } from '../../../src/core/records/record-schema';

const dir = join(import.meta.dirname, '../../../docs/test-vectors/record-v1');
const text = (name: string) => readFileSync(join(dir, name), 'utf8');
const json = (name: string) => JSON.parse(text(name)) as Record<string, string>;

describe('published record test vector', () => {
  const record = captureRecordV1.parse(JSON.parse(text('record.json')));
  const key = json('device-key.json');
  const expected = json('expected.json');

  it('canonicalizes the record to the published canonical form', () => {
    expect(canonicalize(record)).toBe(text('record.canonical.txt'));
  });

  it('derives the published public key and key id from the private key (RFC 8032 test 1)', () => {
    const device = deviceKeyFromPkcs8(Buffer.from(key.privateKeyPkcs8Hex ?? '', 'hex'));
    expect(device.publicKeySpki.toString('base64')).toBe(key.publicKeySpkiBase64);
    expect(device.publicKeySpki.subarray(12).toString('hex')).toBe(key.publicKeyRawHex);
    expect(device.keyId).toBe(key.keyId);
    expect(device.keyId).toBe(expected.keyId);
  });

  it('signs to exactly the published signature and envelope', () => {
    const envelope = signEnvelope(
      record,
      deviceKeyFromPkcs8(Buffer.from(key.privateKeyPkcs8Hex ?? '', 'hex')),
    );
    expect(envelope.signature).toBe(expected.signatureBase64);
    expect(canonicalize(envelope)).toBe(text('envelope.canonical.txt'));
    expect(envelope).toEqual(JSON.parse(text('envelope.json')));
  });

  it('verifies the published envelope and gives the published chain hash', () => {
    const verified = verifyEnvelope(JSON.parse(text('envelope.json')));
    expect(verified.ok && verified.value.recordHash).toBe(expected.recordHashHex);
    expect(envelopeHash(JSON.parse(text('envelope.json')))).toBe(expected.recordHashHex);
    const canonicalBytes = readFileSync(join(dir, 'envelope.canonical.txt'));
    expect(createHash('sha256').update(canonicalBytes).digest('hex')).toBe(expected.recordHashHex);
  });
});
