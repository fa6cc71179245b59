// A drain bench's backlog, written fast but genuine: every record goes through the store's own
// batch append (linked to the chain head, signed, sealed, with its outbox row and audit entry),
// many records per transaction instead of one commit each. Only the benches use batches this
// large; the kiosk's commit path (group commit of the sessions' records) is untouched.
import type { RecordStore } from '../../src/core/store/record-store';
import { testRecord } from '../../test/support/upload-records';

/** Records per transaction: large enough that the fsync is noise, small enough to bound memory. */
const PER_COMMIT = 1_000;

/** Appends `count` synthetic records; returns their ids in chain order. */
export function seedBacklog(store: RecordStore, count: number): string[] {
  const ids: string[] = [];
  const start = Date.now();
  while (ids.length < count) {
    const drafts = Array.from({ length: Math.min(PER_COMMIT, count - ids.length) }, (_, i) => {
      const { previousRecordHash: _linkedByStore, ...draft } = testRecord(start + ids.length + i);
      return draft;
    });
    for (const outcome of store.appendRecords(drafts)) {
      if (!outcome.ok) throw new Error('a backlog record was refused', { cause: outcome.error });
      ids.push(outcome.value.recordId);
    }
  }
  return ids;
}
