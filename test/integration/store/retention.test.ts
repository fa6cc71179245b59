import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAMPLE_ID_NUMBER, SAMPLE_NAME, sampleDraft } from '../../unit/records/sample-record';
import { storeFixture, T0, useStoreFixture } from './store-fixture';

const HOUR = 3_600_000;

describe('retention', () => {
  const fixture = useStoreFixture();

  it('purges the payload only once acknowledgement plus the window has passed, keeping chain and audit', () => {
    const store = fixture().open();
    const [a, b] = [
      store.appendRecord(sampleDraft(T0, 500)),
      store.appendRecord(sampleDraft(T0 + 1, 500)),
    ];
    store.outbox.claimDue(T0, 10);
    fixture().clock.set(T0 + HOUR);
    store.outbox.markAckedBatch([{ recordId: a.recordId, atMs: T0 + HOUR, how: 'stored' }]);
    fixture().clock.set(T0 + 25 * HOUR - 1);
    expect(store.purgeExpired(24 * HOUR).purged).toBe(0);
    fixture().clock.set(T0 + 25 * HOUR);
    expect(store.purgeExpired(24 * HOUR).purged).toBe(1);
    expect(
      store.db.prepare('SELECT sealed IS NULL AS gone FROM records ORDER BY seq').all(),
    ).toEqual([{ gone: 1 }, { gone: 0 }]);
    expect(store.auditTrail(a.recordId).map((entry) => entry.action)).toEqual([
      'record-appended',
      'record-acked',
      'payload-purged',
    ]);
    expect(store.auditTrail(b.recordId)).toHaveLength(1);
    expect(store.verifyLog()).toEqual({ ok: true, records: 2, purged: 1 });
    store.close();
  });

  it('never purges a record that was not acknowledged, however old', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('pending', 'sending', 'quarantined', 'acked'), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.integer({ min: 0, max: 10 * HOUR }),
        fc.integer({ min: 0, max: 20 * HOUR }),
        (states, retentionMs, elapsedMs) => {
          const local = storeFixture();
          const store = local.open();
          try {
            const ids = states.map((_, i) => store.appendRecord(sampleDraft(T0 + i)).recordId);
            store.outbox.claimDue(T0, states.length);
            states.forEach((state, i) => {
              const id = ids[i]!;
              if (state === 'pending') store.outbox.markRetry(id, T0, 'x');
              if (state === 'quarantined') store.outbox.markQuarantined(id, T0, 'x');
              if (state === 'acked')
                store.outbox.markAckedBatch([{ recordId: id, atMs: T0, how: 'stored' }]);
            });
            local.clock.set(T0 + elapsedMs);
            const { purged } = store.purgeExpired(retentionMs);
            const acked = states.filter((state) => state === 'acked').length;
            expect(purged).toBe(elapsedMs >= retentionMs ? acked : 0);
            const kept = store.db
              .prepare(
                "SELECT COUNT(*) AS n FROM records r JOIN outbox o USING (record_id) WHERE o.state != 'acked' AND r.sealed IS NOT NULL",
              )
              .get();
            expect(kept).toEqual({ n: states.length - acked });
          } finally {
            store.close();
            local.cleanup();
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it('keeps a purged record as a tombstone: id, hashes, times and acknowledgement, no card or photo', () => {
    const store = fixture().open();
    const { recordId, recordHash } = store.appendRecord(sampleDraft(T0, 800));
    store.outbox.claimDue(T0, 1);
    store.outbox.markAckedBatch([{ recordId, atMs: T0 + 1, how: 'stored' }]);
    fixture().clock.set(T0 + 2 * HOUR);
    store.purgeExpired(HOUR);
    const row = store.db
      .prepare(
        `SELECT r.record_hash AS hash, r.created_at_ms AS created, r.purged_at_ms AS purged, r.sealed,
                r.clear_json AS clear, o.acked_at_ms AS acked
           FROM records r JOIN outbox o USING (record_id) WHERE record_id = ?`,
      )
      .get(recordId) as Record<string, unknown>;
    expect(row).toMatchObject({
      hash: recordHash,
      created: T0,
      purged: T0 + 2 * HOUR,
      sealed: null,
      acked: T0 + 1,
    });
    expect(String(row.clear)).not.toContain(SAMPLE_ID_NUMBER);
    expect(String(row.clear)).not.toContain(SAMPLE_NAME);
    store.close();
  });

  it('gives the purged pages back to the file system', () => {
    const store = fixture().open();
    const ids = Array.from(
      { length: 40 },
      (_, i) => store.appendRecord(sampleDraft(T0 + i, 20_000)).recordId,
    );
    store.outbox.claimDue(T0, ids.length);
    store.outbox.markAckedBatch(
      ids.map((recordId) => ({ recordId, atMs: T0 + 100, how: 'stored' })),
    );
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = statSync(fixture().file).size;
    fixture().clock.set(T0 + 2 * HOUR);
    const report = store.purgeExpired(HOUR);
    const after = statSync(fixture().file).size;
    expect(report.purged).toBe(40);
    // Two photos of 20 kB per record (base64 in the sealed payload): well over 1.5 MB freed.
    expect(report.reclaimedBytes).toBeGreaterThan(1_500_000);
    expect(before - after).toBe(report.reclaimedBytes);
    expect(store.verifyLog()).toEqual({ ok: true, records: 40, purged: 40 });
    store.close();
  });

  it('switches a store made without incremental vacuum over at the next start', () => {
    const legacy = new Database(fixture().file);
    legacy.exec('CREATE TABLE placeholder (x)');
    expect(legacy.pragma('auto_vacuum', { simple: true })).toBe(0);
    legacy.exec('DROP TABLE placeholder');
    legacy.exec('CREATE TABLE other (x)');
    legacy.close();
    const store = fixture().open();
    expect(store.db.pragma('auto_vacuum', { simple: true })).toBe(2);
    store.close();
  });

  it('dates the oldest unacknowledged record from pending, sending and quarantined ones only', () => {
    const store = fixture().open();
    expect(store.oldestUnacknowledgedAtMs()).toBeNull();
    const ids = [0, 1, 2].map((i) => {
      fixture().clock.set(T0 + i * HOUR);
      return store.appendRecord(sampleDraft(T0 + i * HOUR)).recordId;
    });
    store.outbox.claimDue(T0 + 3 * HOUR, 3);
    store.outbox.markAckedBatch([{ recordId: ids[0]!, atMs: T0 + 3 * HOUR, how: 'stored' }]);
    store.outbox.markQuarantined(ids[1]!, T0 + 3 * HOUR, 'refused');
    expect(store.oldestUnacknowledgedAtMs()).toBe(T0 + HOUR);
    store.close();
  });
});
