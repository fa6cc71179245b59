import { describe, expect, it, vi } from 'vitest';
import { KioskEvents, RECENT_ALARMS } from '../../../src/core/api/kiosk-events';
import { silentLogger } from '../../../src/core/log/logger';
import type { KioskEvent } from '../../../src/shared/kiosk-api/events';

const state = (s: 'idle' | 'card'): KioskEvent => ({
  name: 'session.state',
  payload: { state: s, endedBy: null } as never,
});
const alarm = (code: string, atMs = 0): KioskEvent => ({
  name: 'alarm',
  payload: { code, severity: 'warning', text: { 'zh-CN': '警告', en: 'Warning' }, atMs },
});

describe('KioskEvents', () => {
  it('hands a late subscriber the current state before any change', () => {
    const events = new KioskEvents(silentLogger);
    events.emit(state('idle'));
    events.emit(state('card'));
    const seen: KioskEvent[] = [];
    events.subscribe((event) => seen.push(event));
    expect(seen).toEqual([state('card')]);
    events.emit(state('idle'));
    expect(seen).toEqual([state('card'), state('idle')]);
  });

  it('replays recent alarms, one per code, newest last, at most RECENT_ALARMS', () => {
    const events = new KioskEvents(silentLogger);
    events.emit(alarm('a', 1));
    events.emit(alarm('b', 2));
    events.emit(alarm('a', 3));
    for (let i = 0; i < RECENT_ALARMS; i += 1) events.emit(alarm(`x${i}`, 10 + i));
    const seen: KioskEvent[] = [];
    events.subscribe((event) => seen.push(event));
    expect(seen).toHaveLength(RECENT_ALARMS);
    expect(seen.some((e) => e.name === 'alarm' && e.payload.code === 'a')).toBe(false);
    expect(seen.at(-1)).toEqual(alarm(`x${RECENT_ALARMS - 1}`, 10 + RECENT_ALARMS - 1));
  });

  it('does not replay one-off results', () => {
    const events = new KioskEvents(silentLogger);
    events.emit({ name: 'session.result', payload: {} as never });
    const listener = vi.fn();
    events.subscribe(listener);
    expect(listener).not.toHaveBeenCalled();
  });

  it('keeps delivering to the others when one listener throws', () => {
    const events = new KioskEvents(silentLogger);
    const good = vi.fn();
    events.subscribe(() => {
      throw new Error('bad screen');
    });
    events.subscribe(good);
    events.emit(state('idle'));
    expect(good).toHaveBeenCalledWith(state('idle'));
  });
});
