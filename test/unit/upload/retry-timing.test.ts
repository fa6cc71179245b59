import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelayMs } from '../../../src/core/upload/backoff';
import { createSkewMonitor, estimateSkewMs } from '../../../src/core/upload/clock-skew';
import { parseRetryAfterMs } from '../../../src/core/upload/retry-after';
import { seededRandom } from '../../../src/core/seeded-random';

const NOW = Date.parse('2026-11-25T10:00:00Z');

describe('Retry-After', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfterMs('120', NOW)).toBe(120_000);
    expect(parseRetryAfterMs(' 0 ', NOW)).toBe(0);
  });

  it('reads an HTTP-date relative to now, never negative', () => {
    expect(parseRetryAfterMs('Wed, 25 Nov 2026 10:00:30 GMT', NOW)).toBe(30_000);
    expect(parseRetryAfterMs('Wed, 25 Nov 2026 09:00:00 GMT', NOW)).toBe(0);
  });

  it('ignores what it cannot read', () => {
    for (const value of [undefined, null, '', '-5', '1.5', 'soon', 'Wed, 99 Foo 2026']) {
      expect(parseRetryAfterMs(value, NOW)).toBeUndefined();
    }
  });
});

describe('backoff with full jitter', () => {
  const policy = { baseMs: 1000, capMs: 60_000 };

  it('scales the ceiling by 2^attempts up to the cap', () => {
    expect([0, 1, 2, 5, 6, 40, 2000].map((n) => backoffDelayMs(n, policy, () => 0.999999))).toEqual(
      [999, 1999, 3999, 31_999, 59_999, 59_999, 59_999],
    );
    expect(backoffDelayMs(3, policy, () => 0)).toBe(0);
  });

  it('gives the same delays for the same seed and spreads them over the whole range', () => {
    const run = (seed: number) =>
      Array.from({ length: 8 }, (_, i) => backoffDelayMs(i, policy, seededRandom(seed)));
    expect(run(42)).toEqual(run(42));
    expect(run(42)).not.toEqual(run(43));
    const random = seededRandom(7);
    const delays = Array.from({ length: 2000 }, () => backoffDelayMs(10, policy, random));
    expect(Math.min(...delays)).toBeLessThan(policy.capMs * 0.05);
    expect(Math.max(...delays)).toBeGreaterThan(policy.capMs * 0.95);
  });

  it('stays within [0, min(cap, base * 2^attempts)) for any attempt count', () => {
    fc.assert(
      fc.property(
        fc.nat(5000),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempts, r) => {
          const delay = backoffDelayMs(attempts, policy, () => r);
          return delay >= 0 && delay < Math.min(policy.capMs, policy.baseMs * 2 ** attempts);
        },
      ),
    );
  });
});

describe('clock skew', () => {
  it('compares the Date header with the middle of the request', () => {
    // Server says 10:05:00 (meaning somewhere in 10:05:00.000-.999); we sent at 10:00:00 and heard back 1 s later.
    expect(estimateSkewMs('Wed, 25 Nov 2026 10:05:00 GMT', NOW, NOW + 1000)).toBe(300_000);
    expect(estimateSkewMs('Wed, 25 Nov 2026 09:59:00 GMT', NOW, NOW)).toBe(-59_500);
    expect(estimateSkewMs(null, NOW, NOW)).toBeUndefined();
    expect(estimateSkewMs('not a date', NOW, NOW)).toBeUndefined();
  });

  it('reports a skew once when it crosses the threshold, again only after it was fixed', () => {
    const monitor = createSkewMonitor(60_000);
    expect(
      [1_000, 90_000, 95_000, undefined, -2_000, -120_000].map((s) => monitor.observe(s)),
    ).toEqual([undefined, 90_000, undefined, undefined, undefined, -120_000]);
  });
});
