// Batches and group commit against a real SQLite file: one transaction for many records, a refused
// draft rolled back alone, the chain still linked in order, and no promise settled before COMMIT.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CaptureRefusedError } from '../../../src/core/store/capacity';
import { InvalidRecordError } from '../../../src/core/store/store-error';
import { sampleDraft } from '../../unit/records/sample-record';
import { T0, useStoreFixture } from './store-fixture';

const count = (store: { db: { prepare(sql: string): { get(): unknown } } }) =>
  store.db.prepare('SELECT COUNT(*) AS n FROM records').get();

describe('record store batches and group commit', () => {
  const fixture = useStoreFixture();

  it('appends a batch in order, linking each record to the one before', () => {
    const store = fixture().open();
    const outcomes = store.appendRecords([1, 2, 3].map((i) => sampleDraft(T0 + i, 100)));
    expect(outcomes.map((o) => o.ok && o.value.position)).toEqual([1, 2, 3]);
    const claimed = store.outbox.claimDue(T0 + 10, 10);
    const hashes = outcomes.map((o) => (o.ok ? o.value.recordHash : null));
    expect(claimed.map((r) => r.envelope.record.previousRecordHash)).toEqual([
      null,
      hashes[0],
      hashes[1],
    ]);
    expect(store.verifyLog()).toEqual({ ok: true, records: 3, purged: 0 });
    store.close();
  });

  it('rolls back only the refused draft of a batch and reports it typed', () => {
    const store = fixture().open();
    const bad = { ...sampleDraft(T0 + 2), capturedAt: 'yesterday' };
    const outcomes = store.appendRecords([sampleDraft(T0 + 1), bad, sampleDraft(T0 + 3)]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(outcomes[1]?.ok === false && outcomes[1].error).toBeInstanceOf(InvalidRecordError);
    expect(count(store)).toEqual({ n: 2 });
    expect(store.auditTrail()).toHaveLength(2);
    expect(store.verifyLog()).toMatchObject({ ok: true, records: 2 });
    store.close();
  });

  it('resolves each append only when a second connection can already read its record', async () => {
    const store = fixture().open();
    const reader = new Database(fixture().file, { readonly: true });
    const visible = (recordId: string) =>
      reader.prepare('SELECT COUNT(*) AS n FROM records WHERE record_id = ?').get(recordId);
    const pending = [1, 2, 3, 4].map((i) => store.commitRecord(sampleDraft(T0 + i, 100)));
    // Nothing is written, let alone acknowledged, before the group's turn comes.
    expect(count(store)).toEqual({ n: 0 });
    const seen = await Promise.all(pending.map((p) => p.then((a) => visible(a.recordId))));
    expect(seen).toEqual([{ n: 1 }, { n: 1 }, { n: 1 }, { n: 1 }]);
    reader.close();
    store.close();
  });

  it('rejects every waiting append with the typed error when the disk is at its floor', async () => {
    const store = fixture().open({ freeDiskBytes: () => 0 });
    const pending = [1, 2].map((i) => store.commitRecord(sampleDraft(T0 + i)));
    for (const promise of pending)
      await expect(promise).rejects.toBeInstanceOf(CaptureRefusedError);
    expect(count(store)).toEqual({ n: 0 });
    store.close();
  });
});
