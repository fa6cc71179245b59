import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deviceKeyFromPkcs8 } from '../../../src/core/device/device-key';
import {
  envelopeHash,
  signEnvelope,
  type SignedEnvelope,
} from '../../../src/core/records/envelope';
import { verifyLog, type LogEntry } from '../../../src/core/records/log-verifier';
import { sampleDraft } from './sample-record';

const key = deviceKeyFromPkcs8(
  generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }),
);

function chain(length: number): SignedEnvelope[] {
  const envelopes: SignedEnvelope[] = [];
  let previous: string | null = null;
  for (let i = 0; i < length; i += 1) {
    const envelope = signEnvelope(
      { ...sampleDraft(Date.now() + i), previousRecordHash: previous },
      key,
    );
    envelopes.push(envelope);
    previous = envelopeHash(envelope);
  }
  return envelopes;
}

const present = (envelope: SignedEnvelope): LogEntry => ({
  kind: 'present',
  recordId: envelope.record.recordId,
  storedHash: envelopeHash(envelope),
  envelope,
});

describe('verifyLog', () => {
  const envelopes = chain(4);
  const entries = envelopes.map(present);

  it('accepts an intact chain and counts its records', () => {
    expect(verifyLog(entries, envelopeHash(envelopes[3]!))).toEqual({
      ok: true,
      records: 4,
      purged: 0,
    });
  });

  it('still links across purged records', () => {
    const [first, second] = envelopes as [SignedEnvelope, SignedEnvelope];
    const purged = (envelope: SignedEnvelope): LogEntry => ({
      kind: 'purged',
      recordId: envelope.record.recordId,
      storedHash: envelopeHash(envelope),
      previousHash: envelope.record.previousRecordHash,
    });
    expect(verifyLog([purged(first), purged(second), ...entries.slice(2)])).toEqual({
      ok: true,
      records: 4,
      purged: 2,
    });
  });

  it('names the first record whose signature fails', () => {
    const tampered = {
      ...envelopes[2]!,
      record: { ...envelopes[2]!.record, operatorId: 'intruder' },
    };
    const altered: LogEntry = {
      kind: 'present',
      recordId: tampered.record.recordId,
      storedHash: entries[2]!.storedHash,
      envelope: tampered,
    };
    const report = verifyLog([...entries.slice(0, 2), altered, entries[3]!]);
    expect(report).toMatchObject({
      ok: false,
      firstBreak: {
        position: 3,
        recordId: envelopes[2]!.record.recordId,
        kind: 'signature-invalid',
      },
    });
  });

  it('names a stored hash that does not match the signed record', () => {
    const report = verifyLog([
      entries[0]!,
      { ...entries[1]!, storedHash: 'f'.repeat(64) },
      ...entries.slice(2),
    ]);
    expect(report).toMatchObject({ ok: false, firstBreak: { position: 2, kind: 'hash-mismatch' } });
  });

  it('names a missing record in the middle as a broken link at its successor', () => {
    const report = verifyLog([entries[0]!, entries[2]!, entries[3]!]);
    expect(report).toMatchObject({
      ok: false,
      firstBreak: { position: 2, recordId: envelopes[2]!.record.recordId, kind: 'link-broken' },
    });
  });

  it('names records missing at the end when the store head disagrees', () => {
    expect(verifyLog(entries.slice(0, 3), envelopeHash(envelopes[3]!))).toMatchObject({
      ok: false,
      firstBreak: { kind: 'head-mismatch' },
    });
  });

  it('names a sealed payload that does not open', () => {
    const report = verifyLog([
      entries[0]!,
      { kind: 'seal-tampered', recordId: 'x', storedHash: 'y' },
    ]);
    expect(report).toMatchObject({
      ok: false,
      firstBreak: { position: 2, recordId: 'x', kind: 'seal-tampered' },
    });
  });

  it('names a row whose id is not the id of the record it holds', () => {
    const report = verifyLog([{ ...entries[0]!, recordId: envelopes[1]!.record.recordId }]);
    expect(report).toMatchObject({
      ok: false,
      firstBreak: { position: 1, kind: 'record-id-mismatch' },
    });
  });
});
