// The group committer's scheduling: which drafts share a batch and when each promise settles.
import { describe, expect, it } from 'vitest';
import type { RecordDraft } from '../../../src/core/records/record-schema';
import { createGroupCommitter, type BatchCommit } from '../../../src/core/store/group-commit';
import type { AppendedRecord } from '../../../src/core/store/record-writer';
import { err, ok } from '../../../src/shared/result';

const draft = (recordId: string) => ({ recordId }) as RecordDraft;
const appended = (recordId: string, position: number): AppendedRecord => ({
  recordId,
  recordHash: `h-${recordId}`,
  position,
  sealedBytes: 0,
});

/** A batch append that records each batch's ids and fails the ids it is told to. */
function recordingBatch(refuse: ReadonlySet<string> = new Set()) {
  const batches: string[][] = [];
  const append: BatchCommit<RecordDraft, AppendedRecord> = (drafts) => {
    batches.push(drafts.map((d) => d.recordId));
    return drafts.map((d, i) =>
      refuse.has(d.recordId)
        ? err(new Error(`refused ${d.recordId}`))
        : ok(appended(d.recordId, i + 1)),
    );
  };
  return { batches, append };
}

describe('group committer', () => {
  it('puts appends requested in the same turn into one batch, in order', async () => {
    const { batches, append } = recordingBatch();
    const committer = createGroupCommitter(append);
    const results = await Promise.all(['a', 'b', 'c'].map((id) => committer.commit(draft(id))));
    expect(batches).toEqual([['a', 'b', 'c']]);
    expect(results.map((r) => r.position)).toEqual([1, 2, 3]);
  });

  it('settles nothing before the batch has run', async () => {
    const { batches, append } = recordingBatch();
    const committer = createGroupCommitter(append);
    let settled = false;
    const pending = committer.commit(draft('a')).then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    expect(batches).toEqual([]);
    await pending;
    expect(settled).toBe(true);
  });

  it('splits a burst larger than the group limit into several batches', async () => {
    const { batches, append } = recordingBatch();
    const committer = createGroupCommitter(append, 2);
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((id) => committer.commit(draft(id))));
    expect(batches).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('rejects only the refused draft and resolves the rest', async () => {
    const { append } = recordingBatch(new Set(['b']));
    const committer = createGroupCommitter(append);
    const outcomes = await Promise.allSettled(
      ['a', 'b', 'c'].map((id) => committer.commit(draft(id))),
    );
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('rejects the whole group when its transaction fails', async () => {
    const failure = new Error('disk full');
    const committer = createGroupCommitter(() => {
      throw failure;
    });
    const outcomes = await Promise.allSettled(['a', 'b'].map((id) => committer.commit(draft(id))));
    expect(outcomes).toEqual([
      { status: 'rejected', reason: failure },
      { status: 'rejected', reason: failure },
    ]);
  });
});
