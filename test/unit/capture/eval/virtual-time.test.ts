import { describe, expect, it } from 'vitest';
import { VirtualTime } from '../../../../src/core/capture/eval/virtual-time';

describe('VirtualTime', () => {
  it('runs due callbacks in time order, at their own time, and only when advanced', () => {
    const time = new VirtualTime(1_000);
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
    const time = new VirtualTime();
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
