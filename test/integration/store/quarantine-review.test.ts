import { describe, expect, it, vi } from 'vitest';
import { recordsCommands } from '../../../src/core/api/records-api';
import { sessionTally } from '../../../src/core/services/session-tally';
import { silentLogger } from '../../../src/core/log/logger';
import { SAMPLE_ID_NUMBER, SAMPLE_NAME, sampleDraft } from '../../unit/records/sample-record';
import { T0, useStoreFixture } from './store-fixture';

describe('quarantine review on the console', () => {
  const fixture = useStoreFixture();

  const setUp = () => {
    const store = fixture().open();
    const ids = [0, 1, 2].map((i) => store.appendRecord(sampleDraft(T0 + i, 100)).recordId);
    store.outbox.claimDue(T0, 3);
    store.outbox.markQuarantined(ids[0]!, T0 + 10, '422 point code unknown to the platform');
    store.outbox.markQuarantined(ids[1]!, T0 + 20, '422 consent version not accepted');
    const requeued = vi.fn();
    const logStaff = vi.fn();
    const api = recordsCommands({
      tally: sessionTally(store, fixture().clock, silentLogger),
      retention: {
        unackedAlarm: () => null,
        inForce: () => ({ retentionDays: 30, unackedAlarmDays: 3 }),
      },
      store,
      operator: () => ({ id: 'operator-1', role: 'operator' }),
      requeued,
      logStaff,
    });
    return { store, ids, api, requeued, logStaff };
  };

  it('lists when and why each record was refused, with the card number masked and no other personal data', async () => {
    const { store, ids, api } = setUp();
    const listed = await api['quarantine.list']({});
    expect(listed).toEqual({
      ok: true,
      value: {
        records: [
          {
            recordId: ids[0],
            capturedAtMs: T0,
            quarantinedAtMs: T0 + 10,
            refusal: '422 point code unknown to the platform',
            maskedIdNumber: '1101**********001X',
          },
          {
            recordId: ids[1],
            capturedAtMs: T0,
            quarantinedAtMs: T0 + 20,
            refusal: '422 consent version not accepted',
            maskedIdNumber: '1101**********001X',
          },
        ],
      },
    });
    expect(JSON.stringify(listed)).not.toContain(SAMPLE_ID_NUMBER);
    expect(JSON.stringify(listed)).not.toContain(SAMPLE_NAME);
    store.close();
  });

  it('retries one and discards another with a reason, both audited under the operator', async () => {
    const { store, ids, api, requeued, logStaff } = setUp();
    expect(await api['quarantine.retry']({ recordId: ids[0]! })).toEqual({ ok: true, value: {} });
    expect(requeued).toHaveBeenCalledOnce();
    expect(
      await api['quarantine.discard']({
        recordId: ids[1]!,
        reason: 'duplicate of a record sent by hand',
      }),
    ).toEqual({ ok: true, value: {} });
    expect(store.outbox.stats(T0 + 30)).toMatchObject({ quarantined: 0, rejected: 1, pending: 1 });
    expect(store.auditTrail(ids[0]).at(-1)).toMatchObject({
      actor: 'operator-1',
      action: 'record-requeued',
    });
    expect(store.auditTrail(ids[1]).at(-1)).toMatchObject({
      actor: 'operator-1',
      action: 'record-rejected',
      detail: 'duplicate of a record sent by hand',
    });
    expect(await api['quarantine.list']({})).toEqual({ ok: true, value: { records: [] } });
    expect(logStaff.mock.calls).toEqual([
      ['record-review', { subject: 'quarantine', recordId: ids[0], decision: 'requeue' }],
      ['record-review', { subject: 'quarantine', recordId: ids[1], decision: 'reject' }],
    ]);
    store.close();
  });

  it('answers a typed problem for a record that is not quarantined, and changes nothing', async () => {
    const { store, ids, api, requeued } = setUp();
    const before = store.auditTrail().length;
    const answer = await api['quarantine.retry']({ recordId: ids[2]! });
    expect(answer).toMatchObject({ ok: false, error: { code: 'quarantine.not-found' } });
    expect(requeued).not.toHaveBeenCalled();
    expect(store.auditTrail()).toHaveLength(before);
    store.close();
  });
});
