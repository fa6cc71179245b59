import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  STATUS_RECHECK_MS,
  checkAfterCommands,
  startDeviceStatusFeed,
} from '../../../src/core/api/device-status-feed';
import type { DeviceStatus } from '../../../src/shared/kiosk-api/device-status';
import type { KioskEvent } from '../../../src/shared/kiosk-api/events';
import { systemTimers } from '../../../src/core/clock';

const status = (freeBytes: number, reader: 'connected' | 'disconnected'): DeviceStatus => ({
  reader: { state: reader, samId: reader === 'connected' ? '05.01-20260101-0001' : null },
  camera: { deviceId: null, label: null },
  faceEngine: 'ready',
  disk: { freeBytes },
  storeFull: null,
  waitingForRestart: [],
  clockOk: true,
  kioskLocked: false,
  operatorLoggedIn: false,
});

describe('device status feed', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('emits the status at once, then only when it changes', () => {
    let now = status(1e9, 'connected');
    const events: KioskEvent[] = [];
    const feed = startDeviceStatusFeed(
      () => now,
      (e) => events.push(e),
      systemTimers,
      () => undefined,
    );
    feed.check();
    expect(events).toEqual([{ name: 'device.status', payload: status(1e9, 'connected') }]);
    now = status(1e9, 'disconnected');
    feed.check();
    expect(events.at(-1)).toEqual({ name: 'device.status', payload: now });
    expect(events).toHaveLength(2);
    feed.stop();
  });

  it('re-reads on its own timer what changes without an event, and stops', () => {
    let now = status(1e9, 'connected');
    const events: KioskEvent[] = [];
    const feed = startDeviceStatusFeed(
      () => now,
      (e) => events.push(e),
      systemTimers,
      () => undefined,
    );
    now = status(5e8, 'connected');
    vi.advanceTimersByTime(STATUS_RECHECK_MS);
    expect(events).toHaveLength(2);
    feed.stop();
    now = status(1e8, 'connected');
    vi.advanceTimersByTime(STATUS_RECHECK_MS * 3);
    expect(events).toHaveLength(2);
  });

  it('keeps the last status and its timer when the status cannot be read, and says so', () => {
    let now: DeviceStatus | Error = status(1e9, 'connected');
    const events: KioskEvent[] = [];
    const failures: unknown[] = [];
    const feed = startDeviceStatusFeed(
      () => {
        if (now instanceof Error) throw now;
        return now;
      },
      (e) => events.push(e),
      systemTimers,
      (error) => failures.push(error),
    );
    now = new Error('store cannot be measured');
    expect(() => feed.check()).not.toThrow();
    vi.advanceTimersByTime(STATUS_RECHECK_MS);
    expect(failures).toHaveLength(2);
    expect(events).toHaveLength(1);
    now = status(5e8, 'connected');
    vi.advanceTimersByTime(STATUS_RECHECK_MS);
    expect(events.at(-1)).toEqual({ name: 'device.status', payload: now });
    feed.stop();
  });

  it('checks after every command, also one that fails', async () => {
    const check = vi.fn();
    const api = checkAfterCommands(
      {
        ok: async () => 1,
        fails: async () => {
          throw new Error('boom');
        },
        subscribe: () => () => {},
      },
      check,
    );
    expect(await api.ok()).toBe(1);
    await expect(api.fails()).rejects.toThrow('boom');
    api.subscribe();
    expect(check).toHaveBeenCalledTimes(2);
  });
});
