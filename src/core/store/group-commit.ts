// Group commit: records handed in during the same turn of the event loop share one transaction
// and one fsync. Each caller's promise settles only after the transaction holding its record has
// committed, so nothing is acknowledged before it is durable.
import type { RecordDraft } from '../records/record-schema';
import type { Result } from '../../shared/result';
import type { AppendedRecord } from './record-writer';

/** Commits a batch in one transaction: one outcome per draft, or throws if the transaction failed. */
export type BatchAppend = (drafts: readonly RecordDraft[]) => Result<AppendedRecord, unknown>[];

/** Queues appends and commits them in groups. */
export interface GroupCommitter {
  /** Resolves with the appended record once its transaction is durable; rejects with the store's typed error. */
  commit(draft: RecordDraft): Promise<AppendedRecord>;
}

interface Waiting {
  readonly draft: RecordDraft;
  readonly resolve: (appended: AppendedRecord) => void;
  readonly reject: (error: unknown) => void;
}

/** Largest group: bounds how long the first caller of a burst waits behind the others' crypto. */
const DEFAULT_MAX_GROUP = 64;

/** Creates a group committer over a batch append (the record store's). */
export function createGroupCommitter(
  appendBatch: BatchAppend,
  maxGroup = DEFAULT_MAX_GROUP,
): GroupCommitter {
  let waiting: Waiting[] = [];
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const group = waiting.slice(0, maxGroup);
    waiting = waiting.slice(group.length);
    if (waiting.length > 0) schedule();
    let outcomes: Result<AppendedRecord, unknown>[];
    try {
      outcomes = appendBatch(group.map((entry) => entry.draft));
    } catch (error) {
      for (const entry of group) entry.reject(error);
      return;
    }
    group.forEach((entry, index) => {
      const outcome = outcomes[index];
      if (outcome?.ok) entry.resolve(outcome.value);
      else
        entry.reject(outcome ? outcome.error : new Error('batch append returned too few outcomes'));
    });
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    // setImmediate, not a microtask: appends requested by the callbacks of the same I/O phase join.
    setImmediate(flush);
  };

  return {
    commit(draft) {
      return new Promise<AppendedRecord>((resolve, reject) => {
        waiting.push({ draft, resolve, reject });
        schedule();
      });
    },
  };
}
