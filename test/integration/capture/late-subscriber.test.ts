// State is pushed, never polled: a screen that subscribes late (opened, or reloaded after a crash)
// is handed the current session state, device status and queue at once, by the real kiosk.
import { describe, expect, it } from 'vitest';
import type { KioskEvent } from '../../../src/shared/kiosk-api/events';
import { isState, startCaptureRig } from './capture-rig';

const readerConnected = (event: KioskEvent) =>
  event.name === 'device.status' && event.payload.reader.state === 'connected';

describe('a late subscriber', () => {
  it('gets the current state before any change, and device status changes as events', async () => {
    const { events, api } = await startCaptureRig({ holder: 'worker' });
    const seenByFirst = events.seen.some(readerConnected)
      ? null
      : await events.next(readerConnected);
    expect(seenByFirst === null || readerConnected(seenByFirst)).toBe(true);
    const consent = events.next(isState('consent'));
    await api['session.start']({});
    await consent;

    const late: KioskEvent[] = [];
    const unsubscribe = api.subscribe((event) => late.push(event));
    unsubscribe();
    expect(late.find((e) => e.name === 'session.state')?.payload).toMatchObject({
      state: 'consent',
    });
    expect(late.find((e) => e.name === 'device.status')).toSatisfy(readerConnected);
    expect(late.some((e) => e.name === 'queue.changed')).toBe(true);
  });
});
