import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseCard } from '../../../../src/core/idcard/card/parse-card';
import { SamEmulator } from '../../../../src/core/idcard/emulator/sam-emulator';
import type { ReaderEvent } from '../../../../src/core/idcard/reader/reader-events';
import { ReaderLoop, type ReaderLoopOptions } from '../../../../src/core/idcard/reader/reader-loop';
import type { CardPlacement } from '../../../../src/core/idcard/emulator/card-placement';
import { loadCardProfile } from '../../../../src/core/idcard/emulator/load-card-profile';
import { EmulatorTransport } from './emulator-transport';

function startLoop(transport: EmulatorTransport | null, options: Partial<ReaderLoopOptions> = {}) {
  const events: ReaderEvent[] = [];
  const loop = new ReaderLoop({ locate: async () => transport, parse: parseCard, ...options });
  loop.on((event) => events.push(event));
  loop.start();
  const types = () => events.map((e) => e.type);
  return { loop, events, types };
}

describe('ReaderLoop with the in-memory emulator and fake timers', () => {
  let emulator: SamEmulator;
  let transport: EmulatorTransport;
  let resident: CardPlacement;
  beforeAll(async () => {
    resident = await loadCardProfile('resident');
  });
  beforeEach(() => {
    vi.useFakeTimers();
    emulator = new SamEmulator();
    transport = new EmulatorTransport(emulator);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('connects with the SAM ID, reads a placed card once, reports removal, and reads the next placement', async () => {
    const { loop, events, types } = startLoop(transport);
    await vi.advanceTimersByTimeAsync(0);
    expect(events[0]).toEqual({
      type: 'connected',
      description: 'emulator',
      samId: '05.01-20170808-0001234567-0305419896',
    });

    emulator.place(resident);
    await vi.advanceTimersByTimeAsync(300 * 10);
    expect(types()).toEqual(['connected', 'card-present', 'card-read']);
    const read = events[2];
    if (read?.type !== 'card-read') throw new Error('expected a card read');
    expect(read.parsed.card).toMatchObject({
      type: 'resident',
      name: '王晓明',
      idNumber: '110101198503121239',
    });
    expect(read.photo).toEqual(resident.photo);
    expect(read.fingerprint).toBeNull();
    expect(read.appendedAddress).toBeNull();
    expect(read.timings.appendedAddressMs).toBeNull();

    emulator.remove();
    await vi.advanceTimersByTimeAsync(300);
    emulator.place(resident);
    await vi.advanceTimersByTimeAsync(600);
    expect(types()).toEqual([
      'connected',
      'card-present',
      'card-read',
      'card-removed',
      'card-present',
      'card-read',
    ]);
    await loop.stop();
  });

  it('reads fingerprint and appended address when asked', async () => {
    emulator.place(resident);
    const { loop, events } = startLoop(transport, {
      readFingerprint: true,
      readAppendedAddress: true,
    });
    await vi.advanceTimersByTimeAsync(300);
    const read = events.find((e) => e.type === 'card-read');
    if (read?.type !== 'card-read') throw new Error('expected a card read');
    expect(read.fingerprint).toEqual(resident.fingerprint);
    expect(read.appendedAddress).toBe('北京市西城区样例大街8号');
    expect(read.timings.appendedAddressMs).toBe(0);
    await loop.stop();
  });

  it('reports a card pulled away mid-read as an error, then reads it when it is placed again', async () => {
    emulator.removeMidRead = true;
    emulator.place(resident);
    const { loop, events, types } = startLoop(transport);
    await vi.advanceTimersByTimeAsync(900);
    expect(types()).toEqual(['connected', 'card-present', 'error']);
    expect(events[2]).toMatchObject({
      type: 'error',
      problem: { code: 'sam.status.41', retryable: true },
    });
    emulator.removeMidRead = false;
    emulator.place(resident);
    await vi.advanceTimersByTimeAsync(300);
    expect(types()).toEqual(['connected', 'card-present', 'error', 'card-present', 'card-read']);
    await loop.stop();
  });

  it('reports an unplug, reconnects with doubling backoff while the port is gone, and connects again', async () => {
    const { loop, events, types } = startLoop(transport, {
      reconnect: { initialMs: 500, maxMs: 2000 },
    });
    await vi.advanceTimersByTimeAsync(0);
    transport.failOpen = 'not-found';
    transport.responder.faults.deadPort = true; // the port dies at the next poll
    await vi.advanceTimersByTimeAsync(300);
    expect(events[1]).toMatchObject({
      type: 'disconnected',
      reason: 'disconnected',
      problem: { code: 'transport.disconnected' },
    });
    expect(transport.subscriptions).toBe(0);
    expect(transport.openLinks).toBe(0);

    const opensAfter = (ms: number) => vi.advanceTimersByTimeAsync(ms).then(() => transport.opens);
    // Retries 500 ms after the loss, then after 500, 1000, 2000 and (capped) 2000 ms.
    expect(await opensAfter(499)).toBe(1);
    expect(await opensAfter(1)).toBe(2);
    expect(await opensAfter(499)).toBe(2);
    expect(await opensAfter(1)).toBe(3);
    expect(await opensAfter(1000)).toBe(4);
    expect(await opensAfter(2000)).toBe(5);
    expect(await opensAfter(2000)).toBe(6);
    expect(types().filter((t) => t === 'error')).toHaveLength(5);

    transport.failOpen = null;
    await vi.advanceTimersByTimeAsync(2000);
    expect(types().at(-1)).toBe('connected');
    expect(transport.openLinks).toBe(1);
    await loop.stop();
    expect(transport.openLinks).toBe(0);
  });

  it('drops a SAM that stops answering after 5 timeouts, reporting one error, and reconnects', async () => {
    const { loop, types } = startLoop(transport, { reconnect: { initialMs: 500, maxMs: 500 } });
    await vi.advanceTimersByTimeAsync(0);
    transport.responder.faults.silence = true;
    // Each poll: find times out after 300 ms, then the client's 200 ms settle, then the 300 ms poll interval.
    await vi.advanceTimersByTimeAsync(5 * (300 + 200 + 300));
    expect(types()).toEqual(['connected', 'error', 'disconnected']);
    expect(transport.opens).toBe(1);
    // A fresh link has no fault: the loop is back after the 500 ms backoff.
    await vi.advanceTimersByTimeAsync(500);
    expect(types()).toEqual(['connected', 'error', 'disconnected', 'connected']);
    await loop.stop();
  });

  it('says no reader was found when detection finds none, and keeps trying', async () => {
    const { loop, events } = startLoop(null);
    await vi.advanceTimersByTimeAsync(1000);
    expect(events[0]).toMatchObject({ type: 'error', problem: { code: 'reader.none' } });
    expect(events.length).toBeGreaterThanOrEqual(2);
    await loop.stop();
  });

  it('stops with no timer, link or listener left behind, even mid-sleep', async () => {
    emulator.place(resident);
    const { loop, types } = startLoop(transport);
    await vi.advanceTimersByTimeAsync(450);
    await loop.stop();
    expect(vi.getTimerCount()).toBe(0);
    expect(transport.openLinks).toBe(0);
    expect(transport.subscriptions).toBe(0);
    const before = types().length;
    await vi.advanceTimersByTimeAsync(5000);
    expect(types()).toHaveLength(before);
  });

  it('keeps reporting to other listeners when one throws', async () => {
    const { loop, events } = startLoop(transport);
    loop.on(() => {
      throw new Error('listener bug');
    });
    emulator.place(resident);
    await vi.advanceTimersByTimeAsync(300);
    expect(events.map((e) => e.type)).toContain('card-read');
    await loop.stop();
  });
});
