import { describe, expect, it } from 'vitest';
import { formatPercent, tableRow } from '../../../../src/core/face/eval/report-format';

describe('report format', () => {
  it('writes a rate as a percent with the given decimals, and the missing mark where there is none', () => {
    expect(formatPercent(0.123456, 2)).toBe('12.35%');
    expect(formatPercent(0, 1)).toBe('0.0%');
    expect(formatPercent(1, 3)).toBe('100.000%');
    expect(formatPercent(null, 1)).toBe('–');
    expect(formatPercent(null, 2, 'n/a')).toBe('n/a');
  });

  it('writes one Markdown table row', () => {
    expect(tableRow(['kind', '3', '1.0%'])).toBe('| kind | 3 | 1.0% |');
  });
});
