import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../../src/core/manual-clock';

describe('createManualClock', () => {
  it('runs due callbacks in time order, at their own time, and only when advanced', () => {
    const time = createManualClock(1_000);
    const ran: Array<[string, number]> = [];
    time.setTimeout(() => ran.push(['late', time.now()]), 300);
    time.setTimeout(() => ran.push(['early', time.now()]), 100);
    expect(ran).toEqual([]);
    time.advance(250);
    expect(ran).toEqual([['early', 1_100]]);
    expect(time.now()).toBe(1_250);
    time.advance(100);
    expect(ran).toEqual([
      ['early', 1_100],
      ['late', 1_300],
    ]);
  });

  it('runs a callback scheduled by another within the same advance, and never a cleared one', () => {
    const time = createManualClock();
    const ran: string[] = [];
    const cleared = time.setTimeout(() => ran.push('cleared'), 10);
    time.setTimeout(() => {
      ran.push('first');
      time.setTimeout(() => ran.push('chained'), 10);
    }, 10);
    time.clearTimeout(cleared);
    time.advance(30);
    expect(ran).toEqual(['first', 'chained']);
  });
});
