import { describe, expect, it } from 'vitest';
import { dayBounds, daysFromTo, lastDays, localDay } from '../../../src/core/local-day';

describe('local days', () => {
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

  it('lists a range across a month end, both ends included', () => {
    expect(daysFromTo('2026-02-27', '2026-03-02')).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
    expect(daysFromTo('2026-03-02', '2026-03-02')).toEqual(['2026-03-02']);
    expect(() => daysFromTo('2026-03-02', '2026-03-01')).toThrow(RangeError);
  });

  it('lists the last days ending today, oldest first', () => {
    const days = lastDays(new Date(2026, 0, 2, 15).getTime(), 30);
    expect(days).toHaveLength(30);
    expect(days.at(0)).toBe('2025-12-04');
    expect(days.at(-1)).toBe('2026-01-02');
  });
});
