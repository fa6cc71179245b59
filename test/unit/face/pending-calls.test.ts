import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { PendingCalls } from '../../../src/core/face/engine/pending-calls';
import { KioskError } from '../../../src/core/kiosk-error';

const schema = z.object({ faces: z.array(z.number()) });
const settle = <T>(promise: Promise<T>) =>
  promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );

describe('PendingCalls', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('resolves the call whose id the answer carries, with the value checked against its schema', async () => {
    const calls = new PendingCalls();
    const sent: number[] = [];
    const first = settle(
      calls.open(
        schema,
        1000,
        (id) => sent.push(id),
        () => new Error('timeout'),
      ),
    );
    const second = settle(
      calls.open(
        schema,
        1000,
        (id) => sent.push(id),
        () => new Error('timeout'),
      ),
    );
    calls.answer({ kind: 'response', id: sent[1], ok: true, value: { faces: [2] } });
    calls.answer({ kind: 'response', id: sent[0], ok: true, value: { faces: [1] } });
    expect(await first).toEqual({ value: { faces: [1] } });
    expect(await second).toEqual({ value: { faces: [2] } });
  });

  it('rejects with a KioskError carrying the problem the engine sent', async () => {
    const calls = new PendingCalls();
    const outcome = settle(
      calls.open(
        schema,
        1000,
        () => {},
        () => new Error('timeout'),
      ),
    );
    const text = { 'zh-CN': '错误', en: 'failed' };
    calls.answer({
      kind: 'response',
      id: 1,
      ok: false,
      problem: { code: 'face.x', text, retryable: true },
    });
    const { error } = (await outcome) as { error: KioskError };
    expect(error).toBeInstanceOf(KioskError);
    expect(error.toProblem()).toEqual({ code: 'face.x', text, retryable: true });
  });

  it('rejects an answer whose value breaks the schema instead of passing it on', async () => {
    const calls = new PendingCalls();
    const outcome = settle(
      calls.open(
        schema,
        1000,
        () => {},
        () => new Error('timeout'),
      ),
    );
    calls.answer({ kind: 'response', id: 1, ok: true, value: { faces: 'many' } });
    expect(String(((await outcome) as { error: unknown }).error)).toContain('invalid response');
  });

  it('ignores messages that are not answers to an open call', async () => {
    const calls = new PendingCalls();
    const outcome = settle(
      calls.open(
        schema,
        1000,
        () => {},
        () => new Error('late'),
      ),
    );
    calls.answer({ kind: 'ready' });
    calls.answer({ kind: 'response', id: 99, ok: true, value: { faces: [] } });
    calls.answer('garbage');
    await vi.advanceTimersByTimeAsync(1000);
    expect(String(((await outcome) as { error: unknown }).error)).toContain('late');
  });

  it('times a call out with the given error, and a late answer changes nothing', async () => {
    const calls = new PendingCalls();
    const onTimeout = vi.fn(() => new Error('timed out'));
    const outcome = settle(calls.open(schema, 500, () => {}, onTimeout));
    await vi.advanceTimersByTimeAsync(499);
    expect(onTimeout).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    calls.answer({ kind: 'response', id: 1, ok: true, value: { faces: [] } });
    expect(String(((await outcome) as { error: unknown }).error)).toContain('timed out');
    expect(onTimeout).toHaveBeenCalledTimes(1);
  });

  it('fails every open call at once and clears their timers', async () => {
    const calls = new PendingCalls();
    const outcomes = [1, 2].map(() =>
      settle(
        calls.open(
          schema,
          1000,
          () => {},
          () => new Error('timeout'),
        ),
      ),
    );
    calls.failAll(() => new Error('crashed'));
    expect(vi.getTimerCount()).toBe(0);
    for (const outcome of outcomes)
      expect(String(((await outcome) as { error: unknown }).error)).toContain('crashed');
  });
});
