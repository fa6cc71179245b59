import { describe, expect, it } from 'vitest';
import { createRateBucket } from '../../../src/host/message-rate';

describe('command rate bucket', () => {
  it('takes a burst at once, then refills at the sustained rate', () => {
    let now = 0;
    const bucket = createRateBucket({ perSecond: 2, burst: 3 }, () => now);
    expect([1, 2, 3, 4].map(() => bucket.take())).toEqual([true, true, true, false]);
    now += 499;
    expect(bucket.take()).toBe(false);
    now += 1;
    expect(bucket.take()).toBe(true);
    now += 60_000;
    expect([1, 2, 3, 4].map(() => bucket.take())).toEqual([true, true, true, false]);
  });
});
