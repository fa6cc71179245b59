import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from '../../../src/core/clock';
import { createMemoryLogger } from '../../../src/core/log/logger';
import type { SignedEnvelope } from '../../../src/core/records/envelope';
import type { PlatformAdapter, SendOutcome } from '../../../src/core/upload/platform-adapter';
import type { UploadEvent } from '../../../src/core/upload/upload-events';
import { CLAIM_BATCH, type DrainSummary } from '../../../src/core/upload/drain-pass';
import { createUploader, type UploaderOptions } from '../../../src/core/upload/uploader';
import { createInMemoryOutbox, type InMemoryOutbox } from '../../support/in-memory-outbox';
import { createTestDeviceKey, testEnvelope } from '../../support/upload-records';

const key = createTestDeviceKey();
const START = Date.parse('2026-11-25T10:00:00Z');

/** An adapter whose answers the test scripts per call; unscripted calls are stored. */
function scriptedAdapter(script: Array<SendOutcome | 'hang'> = []) {
  const calls: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const adapter: PlatformAdapter = {
    async send(recordId: string, _envelope: SignedEnvelope, signal: AbortSignal) {
      calls.push(recordId);
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const next = script.shift() ?? { kind: 'stored' };
      try {
        if (next === 'hang') {
          return await new Promise<SendOutcome>((resolve) =>
            signal.addEventListener('abort', () =>
              resolve({ kind: 'network-error', cause: 'aborted' }),
            ),
          );
        }
        await Promise.resolve();
        return next;
      } finally {
        inFlight -= 1;
      }
    },
  };
  return { adapter, calls, maxInFlight: () => maxInFlight };
}

let outbox: InMemoryOutbox;
let events: UploadEvent[];
const ids: string[] = [];

function fill(count: number): void {
  ids.length = 0;
  for (let i = 0; i < count; i += 1) {
    const envelope = testEnvelope(key, START + i);
    outbox.add(envelope.record.recordId, envelope, START);
    ids.push(envelope.record.recordId);
  }
}

const build = (adapter: PlatformAdapter, extra: Partial<UploaderOptions> = {}) =>
  createUploader({
    outbox,
    adapter,
    keyId: key.keyId,
    clock: systemClock,
    random: () => 0.5,
    backoff: { baseMs: 1000, capMs: 60_000 },
    onEvent: (e) => events.push(e),
    ...extra,
  });
const states = () => [...outbox.rows.values()].map((r) => r.state);

beforeEach(() => {
  vi.useFakeTimers({ now: START });
  outbox = createInMemoryOutbox();
  events = [];
});
afterEach(() => vi.useRealTimers());

describe('uploader drain pass', () => {
  it('acknowledges every record, never more than `concurrency` at once, and says the queue is drained', async () => {
    fill(10);
    const { adapter, calls, maxInFlight } = scriptedAdapter([
      { kind: 'stored' },
      { kind: 'already-stored' },
    ]);
    const summary = await build(adapter, { concurrency: 3 }).drainOnce();
    expect(summary).toEqual({
      stored: 9,
      alreadyStored: 1,
      quarantined: 0,
      retried: 0,
      pausedUntilMs: null,
    });
    expect(new Set(calls)).toEqual(new Set(ids));
    expect(maxInFlight()).toBe(3);
    expect(states()).toEqual(Array(10).fill('acked'));
    expect(events).toEqual([expect.objectContaining({ type: 'queue-drained', sentCount: 10 })]);
  });

  it('quarantines a permanent rejection with an operator reason and goes on with the rest', async () => {
    fill(3);
    const rejection = { status: 422, title: 'Schema invalid' };
    const { adapter } = scriptedAdapter([{ kind: 'rejected', rejection }]);
    const logger = createMemoryLogger();
    const summary = await build(adapter, { concurrency: 1, logger }).drainOnce();
    expect(summary).toMatchObject({ stored: 2, quarantined: 1 });
    const row = outbox.rows.get(ids[0]!)!;
    expect(row.state).toBe('quarantined');
    expect(row.lastError).toContain('HTTP 422');
    expect(row.lastError).toContain('平台拒收此记录');
    expect(events[0]).toMatchObject({ type: 'record-quarantined', recordId: ids[0], rejection });
    expect(JSON.stringify(logger.lines)).not.toContain('Schema invalid');
  });

  it('pauses the whole queue for Retry-After and resumes when it has passed', async () => {
    fill(4);
    const { adapter, calls } = scriptedAdapter([
      { kind: 'retry-later', afterMs: 30_000, reason: 'http-429' },
    ]);
    const uploader = build(adapter, { concurrency: 1, pollIntervalMs: 600_000 });
    uploader.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    expect(outbox.rows.get(ids[0]!)).toMatchObject({
      state: 'pending',
      attempts: 1,
      nextAttemptAtMs: START + 30_000,
      lastError: 'http-429',
    });
    // The console hears that the send went back to pending, with the wait in both languages.
    expect(events).toEqual([
      expect.objectContaining({
        type: 'sends-deferred',
        count: 1,
        text: expect.objectContaining({ en: expect.stringContaining('in about 30 s') }),
      }),
    ]);
    uploader.wake(); // appending a record must not break the pause the platform asked for
    await vi.advanceTimersByTimeAsync(29_999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(states()).toEqual(Array(4).fill('acked'));
    await uploader.stop();
  });

  it('backs off with jitter on network errors and 5xx, growing with attempts', async () => {
    fill(1);
    const down: SendOutcome = { kind: 'network-error', cause: 'connection' };
    const { adapter, calls } = scriptedAdapter([
      down,
      { kind: 'retry-later', reason: 'http-503' },
      down,
    ]);
    const uploader = build(adapter, { pollIntervalMs: 600_000 });
    uploader.start();
    // random 0.5: 500 ms after the first failure, 1000 after the second, 2000 after the third.
    for (const [waitMs, expectedCalls] of [
      [0, 1],
      [499, 1],
      [1, 2],
      [999, 2],
      [1, 3],
      [1999, 3],
      [1, 4],
    ] as const) {
      await vi.advanceTimersByTimeAsync(waitMs);
      expect(calls).toHaveLength(expectedCalls);
    }
    expect(states()).toEqual(['acked']);
    await uploader.stop();
  });

  it('raises "device not registered" once while the platform keeps answering 401, again after a success', async () => {
    fill(2);
    const unauthorized: SendOutcome = { kind: 'unauthorized' };
    const { adapter } = scriptedAdapter([
      unauthorized,
      unauthorized,
      { kind: 'stored' },
      unauthorized,
    ]);
    const uploader = build(adapter, { concurrency: 1 });
    await uploader.drainOnce();
    await vi.advanceTimersByTimeAsync(1000);
    await uploader.drainOnce();
    expect(events.filter((e) => e.type === 'device-not-registered')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(5000);
    await uploader.drainOnce();
    await vi.advanceTimersByTimeAsync(5000);
    await uploader.drainOnce();
    expect(events.filter((e) => e.type === 'device-not-registered')).toEqual([
      expect.objectContaining({ keyId: key.keyId }),
      expect.objectContaining({ keyId: key.keyId }),
    ]);
    expect(outbox.rows.get(ids[0]!)?.lastError).toContain('401');
  });

  it('pauses the queue when the platform refuses our clock and says once by how much', async () => {
    fill(3);
    const refused: SendOutcome = { kind: 'unauthorized', cause: 'clock', skewMs: 400_000 };
    const { adapter, calls } = scriptedAdapter([refused, refused]);
    const uploader = build(adapter, { concurrency: 1 });
    const summary = await uploader.drainOnce();
    expect(calls).toHaveLength(1);
    expect(summary).toMatchObject({ retried: 1, pausedUntilMs: START + 500 });
    await vi.advanceTimersByTimeAsync(500);
    await uploader.drainOnce();
    expect(calls).toHaveLength(2);
    const refusals = events.filter((e) => e.type === 'clock-skew' && /refused/.test(e.text.en));
    expect(refusals).toEqual([
      expect.objectContaining({
        skewMs: 400_000,
        text: expect.objectContaining({ en: expect.stringContaining('about 400 s') }),
      }),
    ]);
    expect(outbox.rows.get(ids[0]!)?.lastError).toBe('clock refused by the platform');
  });

  it('reports clock skew once when the platform clock is far off', async () => {
    fill(3);
    const skewed: SendOutcome = { kind: 'stored', skewMs: 300_000 };
    const { adapter } = scriptedAdapter([skewed, skewed, skewed]);
    await build(adapter, { concurrency: 1, skewThresholdMs: 60_000 }).drainOnce();
    expect(events.filter((e) => e.type === 'clock-skew')).toEqual([
      expect.objectContaining({ skewMs: 300_000 }),
    ]);
  });
});

describe('uploader lifecycle', () => {
  it('resumes records a previous run left in sending', async () => {
    fill(2);
    outbox.claimDue(START, 2); // a crash after claiming
    const { adapter } = scriptedAdapter();
    const uploader = build(adapter);
    uploader.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(states()).toEqual(['acked', 'acked']);
    await uploader.stop();
  });

  it('aborts requests in flight on stop and leaves nothing in sending, without counting an attempt', async () => {
    fill(3);
    const { adapter, calls } = scriptedAdapter(['hang', 'hang']);
    const uploader = build(adapter, { concurrency: 2 });
    uploader.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(2);
    // All three were claimed in one transaction; two are in flight, the third waits its turn.
    expect(states()).toEqual(['sending', 'sending', 'sending']);
    await uploader.stop();
    expect(states()).toEqual(['pending', 'pending', 'pending']);
    expect([...outbox.rows.values()].map((r) => r.attempts)).toEqual([0, 0, 0]);
  });

  it('drains again when woken during a pass and looks periodically otherwise', async () => {
    const { adapter, calls } = scriptedAdapter();
    const uploader = build(adapter, { pollIntervalMs: 10_000 });
    uploader.start();
    await vi.advanceTimersByTimeAsync(0);
    fill(1);
    uploader.wake();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual([ids[0]]);
    const late = testEnvelope(key, START + 99);
    outbox.add(late.record.recordId, late, START); // appended without a wake
    await vi.advanceTimersByTimeAsync(9_999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual([ids[0], late.record.recordId]);
    await uploader.stop();
  });

  it('reports the end of every pass with its summary, once per pass', async () => {
    fill(2);
    const { adapter } = scriptedAdapter([
      { kind: 'retry-later', afterMs: 5_000, reason: 'http-503' },
    ]);
    const passes: DrainSummary[] = [];
    const uploader = build(adapter, { concurrency: 1, onPassEnd: (s) => passes.push(s) });
    uploader.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(passes).toEqual([
      { stored: 0, alreadyStored: 0, quarantined: 0, retried: 1, pausedUntilMs: START + 5_000 },
    ]);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(passes).toHaveLength(2);
    expect(passes[1]).toMatchObject({ stored: 2, retried: 0, pausedUntilMs: null });
    await uploader.stop();
    expect(passes).toHaveLength(2);
  });

  it('puts a record back for later when an adapter throws, and rethrows the bug', async () => {
    fill(1);
    const broken: PlatformAdapter = { send: () => Promise.reject(new Error('adapter bug')) };
    await expect(build(broken).drainOnce()).rejects.toThrow('adapter bug');
    expect(outbox.rows.get(ids[0]!)).toMatchObject({
      state: 'pending',
      lastError: 'adapter-failure',
    });
  });
});

describe('uploader transactions', () => {
  it('claims CLAIM_BATCH records per transaction and commits their acks together', async () => {
    fill(2 * CLAIM_BATCH + 6);
    const claims: number[] = [];
    const ackBatches: number[] = [];
    const claimDue = outbox.claimDue.bind(outbox);
    const markAckedBatch = outbox.markAckedBatch.bind(outbox);
    outbox.claimDue = (nowMs, limit) => {
      const items = claimDue(nowMs, limit);
      claims.push(items.length);
      return items;
    };
    outbox.markAckedBatch = (acks) => {
      ackBatches.push(acks.length);
      markAckedBatch(acks);
    };
    const { adapter } = scriptedAdapter();
    await build(adapter, { concurrency: 4 }).drainOnce();
    expect(states()).toEqual(Array(2 * CLAIM_BATCH + 6).fill('acked'));
    // Then each worker finds nothing more to claim.
    expect(claims).toEqual([CLAIM_BATCH, CLAIM_BATCH, 6, 0, 0, 0, 0]);
    expect(ackBatches.reduce((a, b) => a + b, 0)).toBe(2 * CLAIM_BATCH + 6);
    // One ack commit at most per claim, plus the one that ends the pass.
    expect(ackBatches.length).toBeLessThanOrEqual(claims.length + 1);
  });

  it('returns records claimed but not yet sent to pending when the platform pauses the queue', async () => {
    fill(8);
    const { adapter, calls } = scriptedAdapter([
      { kind: 'stored' },
      { kind: 'retry-later', afterMs: 30_000, reason: 'http-429' },
    ]);
    const summary = await build(adapter, { concurrency: 2 }).drainOnce();
    expect(summary.pausedUntilMs).toBe(START + 30_000);
    expect(states()).not.toContain('sending');
    const unsent = ids.filter((id) => !calls.includes(id));
    expect(unsent.length).toBeGreaterThan(0);
    for (const id of unsent)
      expect(outbox.rows.get(id)).toMatchObject({ state: 'pending', attempts: 0 });
    for (const id of calls.filter((id) => id !== ids[1]))
      expect(outbox.rows.get(id)?.state).toBe('acked');
  });
});
