import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  PURGE_INTERVAL_MS,
  startRetentionService,
} from '../../../src/core/services/retention-service';
import { silentLogger } from '../../../src/core/log/logger';
import { recordsCommands } from '../../../src/core/api/records-api';
import { sessionTally } from '../../../src/core/services/session-tally';
import { systemTimers } from '../../../src/core/clock';
import type { KioskEvent } from '../../../src/shared/kiosk-api/events';
import { sampleDraft } from '../../unit/records/sample-record';
import { T0, useStoreFixture } from './store-fixture';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('retention in the running kiosk', () => {
  const fixture = useStoreFixture();
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** Moves the store's clock and the timers together. */
  const advance = async (ms: number) => {
    fixture().clock.advance(ms);
    await vi.advanceTimersByTimeAsync(ms);
  };

  it('purges at start and then every hour, once acknowledgement plus retention has passed', async () => {
    const store = fixture().open();
    const { recordId } = store.appendRecord(sampleDraft(T0, 200));
    store.outbox.claimDue(T0, 1);
    store.outbox.markAckedBatch([{ recordId, atMs: T0, how: 'stored' }]);
    fixture().clock.set(T0 + DAY);
    const other = store.appendRecord(sampleDraft(T0 + DAY, 200)).recordId;
    store.outbox.claimDue(T0 + DAY, 1);
    store.outbox.markAckedBatch([{ recordId: other, atMs: T0 + DAY + 1, how: 'stored' }]);
    const purges = () => store.auditTrail().filter((entry) => entry.action === 'payload-purged');

    const service = startRetentionService({
      store,
      settings: () => ({ retentionDays: 1, unackedAlarmDays: 3 }),
      clock: fixture().clock,
      timers: systemTimers,
      logger: silentLogger,
      emit: () => {},
    });
    expect(purges().map((entry) => entry.recordId)).toEqual([recordId]);
    await advance(PURGE_INTERVAL_MS - 1);
    expect(purges()).toHaveLength(1);
    await advance(1);
    expect(purges()).toHaveLength(1);
    await advance(23 * PURGE_INTERVAL_MS);
    expect(purges()).toHaveLength(1); // the second record is 1 ms short of its window
    await advance(PURGE_INTERVAL_MS);
    expect(purges().map((entry) => entry.recordId)).toEqual([recordId, other]);
    service.stop();
    await advance(10 * PURGE_INTERVAL_MS);
    expect(store.verifyLog()).toEqual({ ok: true, records: 2, purged: 2 });
    store.close();
  });

  it('applies periods changed while it runs (a fleet or setup change) at the next check, without restart', async () => {
    const store = fixture().open();
    const { recordId } = store.appendRecord(sampleDraft(T0, 200));
    store.appendRecord(sampleDraft(T0 + 1, 200)); // never acknowledged
    store.outbox.claimDue(T0, 1);
    store.outbox.markAckedBatch([{ recordId, atMs: T0, how: 'stored' }]);
    let inForce = { retentionDays: 30, unackedAlarmDays: 10 };
    const events: KioskEvent[] = [];
    const service = startRetentionService({
      store,
      settings: () => inForce,
      clock: fixture().clock,
      timers: systemTimers,
      logger: silentLogger,
      emit: (event) => events.push(event),
    });
    const lifecycle = recordsCommands({
      tally: sessionTally(store, fixture().clock, silentLogger),
      retention: service,
      store,
      operator: () => ({ id: 'operator-1', role: 'operator' }),
      requeued: () => {},
      logStaff: () => {},
    });
    await advance(2 * DAY);
    expect(store.auditTrail(recordId).map((entry) => entry.action)).not.toContain('payload-purged');
    expect(await lifecycle['records.retention']({})).toEqual({
      ok: true,
      value: { retentionDays: 30, unackedAlarmDays: 10, alarm: null },
    });

    inForce = { retentionDays: 1, unackedAlarmDays: 2 };
    // The console's retention page shows the new periods, and the alarm they raise, at once ...
    expect(await lifecycle['records.retention']({})).toEqual({
      ok: true,
      value: {
        retentionDays: 1,
        unackedAlarmDays: 2,
        alarm: expect.objectContaining({ code: 'records.unacked-too-old' }),
      },
    });
    expect(events).toEqual([]);
    // ... and the next hourly run purges and raises the alarm under the new periods.
    await advance(PURGE_INTERVAL_MS);
    expect(store.auditTrail(recordId).map((entry) => entry.action)).toContain('payload-purged');
    expect(events).toEqual([
      expect.objectContaining({
        name: 'alarm',
        payload: expect.objectContaining({ code: 'records.unacked-too-old' }),
      }),
    ]);
    service.stop();
    store.close();
  });

  it('never purges an unacknowledged record but raises an alarm once it is older than the maximum', async () => {
    const store = fixture().open();
    const { recordId } = store.appendRecord(sampleDraft(T0, 200));
    const events: KioskEvent[] = [];
    const service = startRetentionService({
      store,
      settings: () => ({ retentionDays: 1, unackedAlarmDays: 3 }),
      clock: fixture().clock,
      timers: systemTimers,
      logger: silentLogger,
      emit: (event) => events.push(event),
    });
    await advance(3 * DAY - HOUR);
    expect(events).toEqual([]);
    expect(service.unackedAlarm()).toBeNull();
    await advance(HOUR);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      name: 'alarm',
      payload: { code: 'records.unacked-too-old', severity: 'critical' },
    });
    expect(service.unackedAlarm()?.text.en).toContain('3 days');
    await advance(30 * DAY);
    expect(store.db.prepare('SELECT sealed IS NOT NULL AS kept FROM records').get()).toEqual({
      kept: 1,
    });
    expect(store.auditTrail(recordId).map((entry) => entry.action)).toEqual(['record-appended']);
    service.stop();
    store.close();
  });
});
