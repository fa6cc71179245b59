import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlacement } from '../../../../src/core/idcard/emulator/card-placement';
import { applyControlLine } from '../../../../src/core/idcard/emulator/emulator-control';
import { createResponder } from '../../../../src/core/idcard/emulator/emulator-responder';
import { startPlacementSchedule } from '../../../../src/core/idcard/emulator/placement-schedule';
import { SamEmulator } from '../../../../src/core/idcard/emulator/sam-emulator';
import { createMemoryLogger } from '../../../../src/core/log/logger';

const card = (label: string) =>
  createPlacement({ label, text: new Uint8Array(256), photo: new Uint8Array(1024) });

describe('placement schedule', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('presents, lifts and presents the next card in turn, logging only labels', () => {
    const emulator = new SamEmulator();
    const logger = createMemoryLogger();
    const schedule = startPlacementSchedule(emulator, [card('one'), card('two')], {
      presentAfterMs: 100,
      removeAfterMs: 1000,
      logger,
    });
    expect(emulator.cardLabel).toBeNull();
    vi.advanceTimersByTime(100);
    expect(emulator.cardLabel).toBe('one');
    vi.advanceTimersByTime(1000);
    expect(emulator.cardLabel).toBeNull();
    vi.advanceTimersByTime(100);
    expect(emulator.cardLabel).toBe('two');
    vi.advanceTimersByTime(1100);
    expect(emulator.cardLabel).toBe('one');
    schedule.stop();
    expect(vi.getTimerCount()).toBe(0);
    expect(logger.lines.map((l) => l.fields?.label)).toEqual(['one', 'one', 'two', 'two', 'one']);
  });

  it('keeps the first card for good without a removal time', () => {
    const emulator = new SamEmulator();
    startPlacementSchedule(emulator, [card('one')], { presentAfterMs: 0, removeAfterMs: null });
    vi.advanceTimersByTime(60_000);
    expect(emulator.cardLabel).toBe('one');
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('control lines', () => {
  const setUp = () => {
    const emulator = new SamEmulator();
    const responder = createResponder(emulator, { write() {}, die() {} });
    return {
      emulator,
      responder,
      apply: (line: string) => applyControlLine(line, emulator, responder),
    };
  };

  it('places a shipped profile and removes it', async () => {
    const { emulator, apply } = setUp();
    expect(await apply('place residence-permit')).toBe('ok placed residence-permit');
    expect(emulator.cardLabel).toBe('residence-permit');
    expect(await apply('remove')).toBe('ok removed');
    expect(emulator.cardLabel).toBeNull();
  });

  it('switches faults and speed', async () => {
    const { emulator, responder, apply } = setUp();
    expect(await apply('fault tiny-chunks on')).toBe('ok fault tiny-chunks on');
    expect(await apply('fault remove-mid-read on')).toBe('ok fault remove-mid-read on');
    expect(responder.faults.tinyChunks).toBe(true);
    expect(emulator.removeMidRead).toBe(true);
    await apply('fault tiny-chunks off');
    expect(responder.faults.tinyChunks).toBe(false);
    expect(await apply('speed 250')).toBe('ok speed 250');
    expect(responder.speed).toEqual({ kind: 'fixed', delayMs: 250 });
    await apply('speed real');
    expect(responder.speed).toEqual({ kind: 'real' });
  });

  it('answers an unknown or incomplete line with an error that lists the commands', async () => {
    const { apply } = setUp();
    for (const line of [
      'dance',
      'fault',
      'fault garbage maybe',
      'fault lightning on',
      'speed fast',
      'place',
    ]) {
      expect(await apply(line)).toMatch(/^error unknown control line; use one of: place/);
    }
  });
});
