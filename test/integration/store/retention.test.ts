import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleDraft } from '../../unit/records/sample-record';
import { storeFixture, T0, useStoreFixture } from './store-fixture';

const HOUR = 3_600_000;

describe('retention', () => {
  const fixture = useStoreFixture();

  it('purges the payload only once acknowledgement plus the window has passed, keeping chain and audit', () => {
    const store = fixture().open({ retentionMs: 24 * HOUR });
    const [a, b] = [
      store.appendRecord(sampleDraft(T0, 500)),
      store.appendRecord(sampleDraft(T0 + 1, 500)),
    ];
    store.outbox.claimDue(T0, 10);
    fixture().clock.set(T0 + HOUR);
    store.outbox.markAcked(a.recordId, T0 + HOUR, 'stored');
    fixture().clock.set(T0 + 25 * HOUR - 1);
    expect(store.purgeExpired()).toBe(0);
    fixture().clock.set(T0 + 25 * HOUR);
    expect(store.purgeExpired()).toBe(1);
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
          const store = local.open({ retentionMs });
          try {
            const ids = states.map((_, i) => store.appendRecord(sampleDraft(T0 + i)).recordId);
            store.outbox.claimDue(T0, states.length);
            states.forEach((state, i) => {
              const id = ids[i]!;
              if (state === 'pending') store.outbox.markRetry(id, T0, 'x');
              if (state === 'quarantined') store.outbox.markQuarantined(id, T0, 'x');
              if (state === 'acked') store.outbox.markAcked(id, T0, 'stored');
            });
            local.clock.set(T0 + elapsedMs);
            const purged = store.purgeExpired();
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
});
