import { describe, expect, it } from 'vitest';
import { formatStepTable } from '../../../src/demo/step-table';

describe('formatStepTable', () => {
  it('lists each step in order with its time since the start and since the step before', () => {
    const table = formatStepTable({ consent: 4, 'card-read': 1450, decision: 2760 });
    expect(table.split('\n')).toEqual([
      'step              at       took',
      '-------------------------------',
      'consent         4 ms       4 ms',
      'card-read    1450 ms    1446 ms',
      'decision     2760 ms    1310 ms',
    ]);
  });

  it('prints only the header when no step ran', () => {
    expect(formatStepTable({}).split('\n')).toHaveLength(2);
  });
});
