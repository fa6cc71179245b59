// One contract suite for every OutboxPort: the in-memory double the unit tests use must behave
// like the SQLite outbox the kiosk runs, or the unit tests prove nothing.
import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxPort } from '../../../src/core/upload/outbox-port';
import { createInMemoryOutbox } from '../../support/in-memory-outbox';
import { createTestDeviceKey, testEnvelope } from '../../support/upload-records';
import { openUploadTestStore } from '../../support/upload-store';

interface Subject {
  readonly outbox: OutboxPort;
  /** Adds `count` records due now, oldest first; returns their ids. */
  add(count: number): string[];
  close(): void;
}

const implementations: Record<string, () => Subject> = {
  'in-memory double': () => {
    const outbox = createInMemoryOutbox();
    const key = createTestDeviceKey();
    return {
      outbox,
      add: (count) =>
        Array.from({ length: count }, (_, i) => {
          const envelope = testEnvelope(key, Date.now() + i);
          outbox.add(envelope.record.recordId, envelope, Date.now());
          return envelope.record.recordId;
        }),
      close: () => {},
    };
  },
  'SQLite record store': () => {
    const store = openUploadTestStore();
    return {
      outbox: store.outbox,
      add: (count) => store.appendRecords(count),
      close: () => store.close(),
    };
  },
};

describe.each(Object.entries(implementations))('OutboxPort contract: %s', (_name, open) => {
  let subject: Subject;
  afterEach(() => subject.close());
  const setup = (count: number) => {
    subject = open();
    return { outbox: subject.outbox, ids: subject.add(count) };
  };

  it('claims due records oldest first, with their envelopes, and never twice', () => {
    const { outbox, ids } = setup(3);
    const now = Date.now() + 1000;
    const first = outbox.claimDue(now, 2);
    expect(first.map((i) => i.recordId)).toEqual(ids.slice(0, 2));
    expect(first.map((i) => [i.envelope.record.recordId, i.attempts])).toEqual([
      [ids[0], 0],
      [ids[1], 0],
    ]);
    expect(outbox.claimDue(now, 5).map((i) => i.recordId)).toEqual([ids[2]]);
    expect(outbox.claimDue(now, 5)).toEqual([]);
    expect(outbox.stats(now)).toMatchObject({ pending: 0, sending: 3, due: 0 });
  });

  it('puts a retried record back with one more attempt, due only at its time', () => {
    const { outbox, ids } = setup(1);
    const now = Date.now() + 1000;
    outbox.claimDue(now, 1);
    outbox.markRetry(ids[0]!, now + 60_000, 'http-503');
    expect(outbox.claimDue(now + 59_999, 1)).toEqual([]);
    expect(outbox.stats(now)).toMatchObject({
      pending: 1,
      sending: 0,
      due: 0,
      nextAttemptAtMs: now + 60_000,
    });
    expect(outbox.claimDue(now + 60_000, 1).map((i) => i.attempts)).toEqual([1]);
  });

  it('claims earliest due first: a retried record comes after those due before it', () => {
    const { outbox, ids } = setup(3);
    const now = Date.now() + 1000;
    outbox.claimDue(now, 1);
    outbox.markRetry(ids[0]!, now + 60_000, 'http-503');
    expect(outbox.claimDue(now + 60_000, 3).map((i) => i.recordId)).toEqual([
      ids[1],
      ids[2],
      ids[0],
    ]);
  });

  it('acknowledges and quarantines for good', () => {
    const { outbox, ids } = setup(3);
    const now = Date.now() + 1000;
    outbox.claimDue(now, 3);
    outbox.markAckedBatch([{ recordId: ids[0]!, atMs: now, how: 'stored' }]);
    outbox.markAckedBatch([{ recordId: ids[1]!, atMs: now, how: 'already-stored' }]);
    outbox.markQuarantined(ids[2]!, now, 'HTTP 422');
    expect(outbox.stats(now)).toMatchObject({
      pending: 0,
      sending: 0,
      acked: 2,
      quarantined: 1,
      oldestUnackedAtMs: null,
      nextAttemptAtMs: null,
    });
    expect(outbox.claimDue(now + 1e9, 10)).toEqual([]);
  });

  it('acknowledges a batch of records in one call, leaving the rest in flight', () => {
    const { outbox, ids } = setup(3);
    const now = Date.now() + 1000;
    outbox.claimDue(now, 3);
    outbox.markAckedBatch([
      { recordId: ids[0]!, atMs: now, how: 'stored' },
      { recordId: ids[2]!, atMs: now, how: 'already-stored' },
    ]);
    expect(outbox.stats(now)).toMatchObject({ pending: 0, sending: 1, acked: 2 });
    expect(outbox.releaseInFlight()).toBe(1);
    expect(outbox.claimDue(now, 5).map((i) => i.recordId)).toEqual([ids[1]]);
  });

  it('releases records in flight as due now, without counting an attempt', () => {
    const { outbox } = setup(2);
    const now = Date.now() + 1000;
    outbox.claimDue(now, 2);
    expect(outbox.releaseInFlight()).toBe(2);
    expect(outbox.releaseInFlight()).toBe(0);
    expect(outbox.claimDue(Date.now() + 1000, 5).map((i) => i.attempts)).toEqual([0, 0]);
  });
});
