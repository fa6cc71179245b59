import { describe, expect, it } from 'vitest';
import {
  formatChinaTime,
  parseChinaTime,
} from '../../../../src/core/upload/platforms/national-standard/china-time';

describe('China Standard Time stamps', () => {
  it('formats an instant in UTC+8 whatever the process time zone', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      expect(formatChinaTime(Date.parse('2026-12-06T16:30:05.999Z'))).toBe('2026-12-07 00:30:05');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('reads back what it wrote, to the second', () => {
    const ms = Date.parse('2026-03-01T01:02:03Z');
    expect(parseChinaTime(formatChinaTime(ms))).toBe(ms);
  });

  it('refuses stamps that are not real times or not in the pattern', () => {
    for (const text of ['2026-02-30 10:00:00', '2026-12-06T10:00:00', '2026-12-06 24:00:00', ''])
      expect(parseChinaTime(text), text).toBeUndefined();
  });
});
