import { describe, expect, it } from 'vitest';
import { dayBars, periods } from '../../../src/renderer/console/daily-figures-model';
import type { TodayStats } from '../../../src/shared/kiosk-api/device-status';

const day = (
  d: string,
  passes: number,
  operatorVerified: number,
  failuresByReason: TodayStats['failuresByReason'],
): TodayStats => ({
  day: d,
  sessions:
    passes + operatorVerified + Object.values(failuresByReason).reduce((a, b) => a + (b ?? 0), 0),
  passes,
  operatorVerified,
  failuresByReason,
});

const days = [
  day('2026-03-01', 4, 0, { 'spoof-suspected': 1, 'locked-out': 1 }),
  day('2026-03-02', 2, 1, { 'card-timeout': 2, 'face-timeout': 1 }),
  day('2026-03-03', 1, 0, { 'no-match': 1, 'attempts-exhausted': 2, 'consent-declined': 1 }),
];

describe('daily figures on the console', () => {
  it('totals today, yesterday and the period, failures grouped by category, most frequent first (ties in order of appearance)', () => {
    const { today, yesterday, period } = periods(days);
    expect(today).toEqual({
      sessions: 5,
      passes: 1,
      failures: [
        ['no-match', 3],
        ['abandoned', 1],
      ],
    });
    expect(yesterday).toEqual({ sessions: 6, passes: 3, failures: [['timed-out', 3]] });
    expect(period.sessions).toBe(17);
    expect(period.passes).toBe(8);
    expect(period.failures).toEqual([
      ['timed-out', 3],
      ['no-match', 3],
      ['spoof', 2],
      ['abandoned', 1],
    ]);
  });

  it('gives one bar per day, oldest first, and zero totals for an empty period', () => {
    expect(dayBars(days).map((bar) => [bar.day, bar.passes, bar.failures.length])).toEqual([
      ['2026-03-01', 4, 1],
      ['2026-03-02', 3, 1],
      ['2026-03-03', 1, 2],
    ]);
    expect(periods([]).today).toEqual({ sessions: 0, passes: 0, failures: [] });
  });
});
