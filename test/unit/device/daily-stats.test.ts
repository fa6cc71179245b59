import { describe, expect, it } from 'vitest';
import { dayBounds, localDay } from '../../../src/core/device/daily-stats';

describe('day bounds', () => {
  it('spans one local calendar day', () => {
    const { fromMs, toMs } = dayBounds('2026-03-01');
    expect(new Date(fromMs)).toEqual(new Date(2026, 2, 1));
    expect(new Date(toMs)).toEqual(new Date(2026, 2, 2));
    expect(localDay(fromMs)).toBe('2026-03-01');
    expect(localDay(toMs - 1)).toBe('2026-03-01');
  });

  it.each(['2026-02-30', '2026-13-01', '26-01-01', '2026-1-1', 'today'])('refuses %s', (day) => {
    expect(() => dayBounds(day)).toThrow(RangeError);
  });
});
