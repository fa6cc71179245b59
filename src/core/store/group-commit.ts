// Group commit: items handed in during the same turn of the event loop share one transaction and
// one fsync. Each caller's promise settles only after the transaction holding its item has
// committed, so nothing is acknowledged before it is durable. The record store groups the
// sessions' records with it; the reference collector groups the records it receives.
import type { Result } from '../../shared/result';

/** Commits a batch in one transaction: one outcome per item, or throws if the transaction failed. */
export type BatchCommit<In, Out> = (items: readonly In[]) => Result<Out, unknown>[];

/** Queues items and commits them in groups. */
export interface GroupCommitter<In, Out> {
  /** Resolves with the item's outcome once its transaction is durable; rejects with its error. */
  commit(item: In): Promise<Out>;
}

interface Waiting<In, Out> {
  readonly item: In;
  readonly resolve: (outcome: Out) => void;
  readonly reject: (error: unknown) => void;
}

/** Largest group: bounds how long the first caller of a burst waits behind the others' work. */
const DEFAULT_MAX_GROUP = 64;

/** Creates a group committer over a batch commit (the record store's append, the collector's insert). */
export function createGroupCommitter<In, Out>(
  commitBatch: BatchCommit<In, Out>,
  maxGroup = DEFAULT_MAX_GROUP,
): GroupCommitter<In, Out> {
  let waiting: Waiting<In, Out>[] = [];
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const group = waiting.slice(0, maxGroup);
    waiting = waiting.slice(group.length);
    if (waiting.length > 0) schedule();
    let outcomes: Result<Out, unknown>[];
    try {
      outcomes = commitBatch(group.map((entry) => entry.item));
    } catch (error) {
      for (const entry of group) entry.reject(error);
      return;
    }
    group.forEach((entry, index) => {
      const outcome = outcomes[index];
      if (outcome?.ok) entry.resolve(outcome.value);
      else
        entry.reject(outcome ? outcome.error : new Error('batch commit returned too few outcomes'));
    });
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    // setImmediate, not a microtask: items handed in by the callbacks of the same I/O phase join.
    setImmediate(flush);
  };

  return {
    commit(item) {
      return new Promise<Out>((resolve, reject) => {
        waiting.push({ item, resolve, reject });
        schedule();
      });
    },
  };
}
