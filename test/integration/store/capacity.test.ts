import { describe, expect, it } from 'vitest';
import {
  capacityLimitsFor,
  CaptureRefusedError,
  DEFAULT_CAPACITY_LIMITS,
  type CapacityLimits,
} from '../../../src/core/store/capacity';
import { deviceStatusOf } from '../../../src/core/api/device-status';
import { DEFAULT_CONFIG } from '../../../src/shared/config/config-defaults';
import { StoreError } from '../../../src/core/store/store-error';
import { sampleDraft } from '../../unit/records/sample-record';
import { T0, useStoreFixture } from './store-fixture';

const refusal = (work: () => unknown): CaptureRefusedError | StoreError | null => {
  try {
    work();
    return null;
  } catch (error) {
    if (error instanceof CaptureRefusedError || error instanceof StoreError) return error;
    throw error;
  }
};

// The device status of an idle kiosk with a connected reader, read from `store`.
const idleStatusOf = (store: Parameters<typeof deviceStatusOf>[0]['store']) =>
  deviceStatusOf({
    config: () => DEFAULT_CONFIG,
    startedWith: DEFAULT_CONFIG,
    cards: { status: () => ({ state: 'connected', samId: null }) },
    store,
    uploads: { clockOk: () => true },
    session: { state: { state: 'idle', endedBy: null } },
    operator: () => null,
  });

describe('capacity', () => {
  const fixture = useStoreFixture();

  it('warns before the floor and refuses new captures at it, writing nothing', () => {
    const limits: CapacityLimits = {
      ...DEFAULT_CAPACITY_LIMITS,
      unackedRecords: { alarm: 2, floor: 3 },
    };
    const store = fixture().open({ limits: () => limits });
    store.appendRecord(sampleDraft(T0));
    store.appendRecord(sampleDraft(T0 + 1));
    expect(store.capacity().alarms.map((alarm) => [alarm.kind, alarm.level])).toEqual([
      ['records', 'alarm'],
    ]);
    store.appendRecord(sampleDraft(T0 + 2));
    const error = refusal(() => store.appendRecord(sampleDraft(T0 + 3)));
    expect(error).toBeInstanceOf(CaptureRefusedError);
    expect(error?.text['zh-CN']).toContain('暂停采集');
    expect(error?.text.en).toContain('(3)');
    expect(store.outbox.stats(T0).pending).toBe(3);
    store.close();
  });

  it('lets captures continue once acknowledged records bring the count below the floor', () => {
    const limits: CapacityLimits = {
      ...DEFAULT_CAPACITY_LIMITS,
      unackedRecords: { alarm: 1, floor: 1 },
    };
    const store = fixture().open({ limits: () => limits });
    const first = store.appendRecord(sampleDraft(T0));
    expect(refusal(() => store.appendRecord(sampleDraft(T0 + 1)))).toBeInstanceOf(
      CaptureRefusedError,
    );
    store.outbox.claimDue(T0, 1);
    store.outbox.markAckedBatch([{ recordId: first.recordId, atMs: T0, how: 'stored' }]);
    expect(refusal(() => store.appendRecord(sampleDraft(T0 + 2)))).toBeNull();
    store.close();
  });

  it('refuses at the free-disk floor with a message for the operator', () => {
    const mb = 1024 * 1024;
    let free = 2_000 * mb;
    const store = fixture().open({ freeDiskBytes: () => free });
    store.appendRecord(sampleDraft(T0));
    free = 500 * mb;
    expect(store.capacity().alarms).toEqual([
      expect.objectContaining({ kind: 'disk', level: 'alarm' }),
    ]);
    free = 100 * mb;
    const error = refusal(() => store.appendRecord(sampleDraft(T0 + 1)));
    expect(error).toMatchObject({
      code: 'store-floor-disk',
      alarm: { kind: 'disk', level: 'floor' },
    });
    expect(error?.text.en).toContain('100 MB');
    expect(store.verifyLog()).toMatchObject({ ok: true, records: 1 });
    store.close();
  });

  it('refuses at the configured storage.minFreeBytes as it stands at each append, as the device status says', () => {
    const mb = 1024 * 1024;
    let storage = { minFreeBytes: 200 * mb, warnFreeBytes: 1024 * mb };
    const store = fixture().open({
      freeDiskBytes: () => 230 * mb,
      limits: () => capacityLimitsFor(storage),
    });
    const status = () => idleStatusOf(store);
    store.appendRecord(sampleDraft(T0));
    expect(status()).toMatchObject({ disk: { freeBytes: 230 * mb }, storeFull: null });
    // A fleet layer raises the floor above what is free: the next capture is refused, no restart.
    storage = { ...storage, minFreeBytes: 256 * mb };
    expect(status()).toMatchObject({ disk: { freeBytes: 230 * mb }, storeFull: 'disk' });
    expect(refusal(() => store.appendRecord(sampleDraft(T0 + 1)))).toMatchObject({
      code: 'store-floor-disk',
    });
    storage = { ...storage, minFreeBytes: 200 * mb };
    expect(status().storeFull).toBeNull();
    store.appendRecord(sampleDraft(T0 + 2));
    expect(store.verifyLog()).toMatchObject({ ok: true, records: 2 });
    store.close();
  });

  it('answers canAccept with the check each append makes, for every limit, and the device status names it', () => {
    const mb = 1024 * 1024;
    let limits: CapacityLimits = {
      ...DEFAULT_CAPACITY_LIMITS,
      unackedRecords: { alarm: 1, floor: 2 },
    };
    const store = fixture().open({ limits: () => limits, freeDiskBytes: () => 5_000 * mb });
    const storeFull = () => idleStatusOf(store).storeFull;
    store.appendRecord(sampleDraft(T0));
    expect(store.canAccept()).toEqual({ ok: true, value: undefined });
    expect(storeFull()).toBeNull();
    store.appendRecord(sampleDraft(T0 + 1));
    // The records floor, with disk to spare: refused before a capture, not at its end.
    expect(store.canAccept()).toMatchObject({ ok: false, error: { kind: 'records' } });
    expect(storeFull()).toBe('records');
    expect(refusal(() => store.appendRecord(sampleDraft(T0 + 2)))).toMatchObject({
      code: 'store-floor-records',
    });
    const used = store.capacity().usage.databaseBytes;
    limits = { ...DEFAULT_CAPACITY_LIMITS, databaseBytes: { alarm: used, floor: used } };
    expect(store.canAccept()).toMatchObject({ ok: false, error: { kind: 'bytes' } });
    expect(storeFull()).toBe('bytes');
    expect(refusal(() => store.appendRecord(sampleDraft(T0 + 3)))).toMatchObject({
      code: 'store-floor-bytes',
    });
    store.close();
  });

  it('turns SQLITE_FULL into a disk-full error and keeps every committed record whole', () => {
    const store = fixture().open();
    const pages = store.db.pragma('page_count', { simple: true }) as number;
    // A real SQLITE_FULL: the file may not grow beyond a few more pages.
    store.db.pragma(`max_page_count = ${pages + 6}`);
    let committed = 0;
    let error: CaptureRefusedError | StoreError | null = null;
    while (!error && committed < 200) {
      error = refusal(() => store.appendRecord(sampleDraft(T0 + committed, 3000)));
      if (!error) committed += 1;
    }
    expect(error).toMatchObject({ failure: 'disk-full', code: 'store-disk-full' });
    expect(committed).toBeGreaterThan(0);
    expect(
      store.db
        .prepare('SELECT (SELECT COUNT(*) FROM records) AS r, (SELECT COUNT(*) FROM outbox) AS o')
        .get(),
    ).toEqual({ r: committed, o: committed });
    expect(store.verifyLog()).toMatchObject({ ok: true, records: committed });
    store.close();
  });
});
