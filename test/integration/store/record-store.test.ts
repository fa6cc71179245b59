import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyEnvelope } from '../../../src/core/records/envelope';
import type { RecordDraft } from '../../../src/core/records/record-schema';
import { InvalidRecordError } from '../../../src/core/store/store-error';
import { SAMPLE_ID_NUMBER, SAMPLE_NAME, sampleDraft } from '../../unit/records/sample-record';
import { T0, useStoreFixture } from './store-fixture';

describe('record store append', () => {
  const fixture = useStoreFixture();

  it('commits the record, its pending outbox row and its audit entry together', () => {
    const store = fixture().open();
    const appended = store.appendRecord(sampleDraft(T0));
    expect(appended.position).toBe(1);
    expect(store.outbox.stats(T0)).toMatchObject({ pending: 1, due: 1, oldestUnackedAtMs: T0 });
    expect(store.auditTrail(appended.recordId)).toEqual([
      {
        atMs: T0,
        actor: 'op-07',
        action: 'record-appended',
        recordId: appended.recordId,
        recordHash: appended.recordHash,
        detail: null,
      },
    ]);
    store.close();
  });

  it('links each record to the previous one and hands back envelopes that verify', () => {
    const store = fixture().open();
    const first = store.appendRecord(sampleDraft(T0, 100));
    const second = store.appendRecord(sampleDraft(T0 + 1, 100));
    const [a, b] = store.outbox.claimDue(T0 + 10, 10);
    expect(a?.envelope.record.previousRecordHash).toBeNull();
    expect(b?.envelope.record.previousRecordHash).toBe(first.recordHash);
    const verified = verifyEnvelope(JSON.parse(JSON.stringify(b?.envelope)));
    expect(verified.ok && verified.value.recordHash).toBe(second.recordHash);
    expect(store.verifyLog()).toEqual({ ok: true, records: 2, purged: 0 });
    store.close();
  });

  it('keeps no name or ID number readable in the database file', () => {
    const store = fixture().open();
    store.appendRecord(sampleDraft(T0, 2000));
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    store.close();
    const bytes = readFileSync(fixture().file);
    expect(bytes.includes(Buffer.from(SAMPLE_ID_NUMBER))).toBe(false);
    expect(bytes.includes(Buffer.from(SAMPLE_NAME))).toBe(false);
  });

  it('refuses an invalid draft with a typed error and writes nothing', () => {
    const store = fixture().open();
    const draft = { ...sampleDraft(T0), capturedAt: '2026-11-25 09:30' };
    expect(() => store.appendRecord(draft)).toThrow(InvalidRecordError);
    expect(store.outbox.stats(T0)).toMatchObject({ pending: 0 });
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM records').get()).toEqual({ n: 0 });
    store.close();
  });

  it('names the wrong field without echoing its personal value', () => {
    const store = fixture().open();
    const draft = sampleDraft(T0);
    const badNumber = '1101051980010100';
    const error = (() => {
      try {
        store.appendRecord({
          ...draft,
          card: { ...draft.card, idNumber: badNumber } as RecordDraft['card'],
        });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect((error as InvalidRecordError).detail).toContain('card.idNumber');
    expect(JSON.stringify((error as InvalidRecordError).text)).not.toContain(badNumber);
    store.close();
  });

  it('refuses the same record id twice and keeps the first', () => {
    const store = fixture().open();
    const draft = sampleDraft(T0);
    store.appendRecord(draft);
    expect(() => store.appendRecord(draft)).toThrow(InvalidRecordError);
    expect(store.verifyLog()).toEqual({ ok: true, records: 1, purged: 0 });
    store.close();
  });

  it('continues the chain after the store is reopened', () => {
    const first = fixture().open();
    const a = first.appendRecord(sampleDraft(T0));
    first.close();
    const second = fixture().open();
    second.appendRecord(sampleDraft(T0 + 1));
    const [, item] = second.outbox.claimDue(T0 + 5, 5);
    expect(item?.envelope.record.previousRecordHash).toBe(a.recordHash);
    expect(second.verifyLog()).toMatchObject({ ok: true, records: 2 });
    second.close();
  });
});
