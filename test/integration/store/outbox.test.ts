import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordStore } from '../../../src/core/store/record-store';
import { sampleDraft } from '../../unit/records/sample-record';
import { T0, useStoreFixture } from './store-fixture';

describe('SQLite outbox', () => {
  const fixture = useStoreFixture();
  let store: RecordStore;
  let ids: string[];
  beforeEach(() => {
    store = fixture().open();
    ids = [0, 1, 2].map((i) => store.appendRecord(sampleDraft(T0 + i)).recordId);
  });
  afterEach(() => {
    store.close();
  });

  it('claims due records oldest first, up to the limit, and moves them to sending', () => {
    const claimed = store.outbox.claimDue(T0, 2);
    expect(claimed.map((item) => item.recordId)).toEqual(ids.slice(0, 2));
    expect(claimed.map((item) => item.attempts)).toEqual([0, 0]);
    expect(store.outbox.stats(T0)).toMatchObject({ pending: 1, sending: 2 });
    expect(store.outbox.claimDue(T0, 10).map((item) => item.recordId)).toEqual([ids[2]]);
  });

  it('puts a retried record back with attempts + 1 and claims it only when due again', () => {
    store.outbox.claimDue(T0, 1);
    store.outbox.markRetry(ids[0]!, T0 + 60_000, 'HTTP 503');
    expect(store.outbox.claimDue(T0 + 59_999, 10).map((item) => item.recordId)).toEqual(
      ids.slice(1),
    );
    const [again] = store.outbox.claimDue(T0 + 60_000, 10);
    expect(again).toMatchObject({ recordId: ids[0], attempts: 1 });
    expect(
      store.db.prepare('SELECT last_error AS e FROM outbox WHERE record_id = ?').get(ids[0]),
    ).toEqual({ e: 'HTTP 503' });
  });

  it('acknowledges with an audit entry saying how, and never claims the record again', () => {
    store.outbox.claimDue(T0, 3);
    store.outbox.markAckedBatch([{ recordId: ids[1]!, atMs: T0 + 5, how: 'already-stored' }]);
    expect(
      store.auditTrail(ids[1]).map((entry) => [entry.action, entry.actor, entry.detail]),
    ).toEqual([
      ['record-appended', 'op-07', null],
      ['record-acked', 'uploader', 'already-stored'],
    ]);
    store.outbox.releaseInFlight();
    expect(store.outbox.claimDue(T0 + 10, 10).map((item) => item.recordId)).toEqual([
      ids[0],
      ids[2],
    ]);
  });

  it('quarantines a refused record with the reason, and an operator can requeue or reject it', () => {
    store.outbox.claimDue(T0, 3);
    store.outbox.markQuarantined(ids[0]!, T0 + 1, 'schema: card.idNumber invalid');
    store.outbox.markQuarantined(ids[1]!, T0 + 1, 'unknown point code');
    expect(store.outbox.stats(T0 + 1)).toMatchObject({ quarantined: 2, sending: 1 });
    expect(
      store.resolveQuarantined(ids[0]!, 'op-01', {
        kind: 'reject',
        reason: 'duplicate at the platform',
      }),
    ).toBe(true);
    expect(store.resolveQuarantined(ids[1]!, 'op-01', { kind: 'requeue' })).toBe(true);
    expect(store.resolveQuarantined(ids[2]!, 'op-01', { kind: 'requeue' })).toBe(false);
    expect(store.outbox.stats(T0 + 1)).toMatchObject({ rejected: 1, pending: 1, quarantined: 0 });
    expect(store.auditTrail(ids[0]).map((entry) => entry.action)).toEqual([
      'record-appended',
      'record-quarantined',
      'record-rejected',
    ]);
  });

  it('releases records left in sending at start-up, due now, attempts unchanged', () => {
    store.outbox.claimDue(T0, 3);
    store.outbox.markRetry(ids[0]!, T0, 'timeout');
    store.outbox.claimDue(T0, 1);
    fixture().clock.set(T0 + 1_000);
    store.close();
    store = fixture().open();
    expect(store.outbox.releaseInFlight()).toBe(3);
    const claimed = store.outbox.claimDue(T0 + 1_000, 10);
    expect(claimed.map((item) => [item.recordId, item.attempts])).toEqual([
      [ids[0], 1],
      [ids[1], 0],
      [ids[2], 0],
    ]);
  });

  it('reports counts, the oldest unacknowledged record and the next attempt time', () => {
    store.outbox.claimDue(T0, 1);
    store.outbox.markRetry(ids[0]!, T0 + 30_000, 'HTTP 500');
    store.outbox.claimDue(T0, 1);
    store.outbox.markAckedBatch([{ recordId: ids[1]!, atMs: T0 + 2, how: 'stored' }]);
    expect(store.outbox.stats(T0 + 2)).toEqual({
      pending: 2,
      sending: 0,
      acked: 1,
      rejected: 0,
      quarantined: 0,
      due: 1,
      oldestUnackedAtMs: T0,
      nextAttemptAtMs: T0,
    });
  });
});
