import { describe, expect, it } from 'vitest';
import {
  livenessRows,
  livenessTable,
  thresholdAtBpcer,
} from '../../../../src/core/face/eval/liveness-eval';

const live = Array.from({ length: 100 }, (_, k) => 0.5 + k / 200); // 0.500 .. 0.995

describe('thresholdAtBpcer', () => {
  it('rejects at most the target share of live images', () => {
    expect(thresholdAtBpcer(live, 0.05)).toBeCloseTo(0.525, 9);
    expect(live.filter((s) => s < thresholdAtBpcer(live, 0.05))).toHaveLength(5);
  });

  it('counts a live image without a face as the lowest score', () => {
    expect(thresholdAtBpcer([null, 0.9, 0.8], 0)).toBe(-Infinity);
  });
});

describe('livenessRows', () => {
  it('reports BPCER for live and APCER per attack kind, live first', () => {
    const rows = livenessRows({
      print: [0.1, 0.6, null, 0.99],
      live,
      'synthetic-screen': [0.2, 0.3],
    });
    expect(rows.map((r) => r.kind)).toEqual(['live', 'print', 'synthetic-screen']);
    expect(rows[0]?.errorAt['0.05']).toBeCloseTo(0.05, 9);
    // At the BPCER 5% threshold (0.525) the prints scoring 0.6 and 0.99 pass; no face stops one.
    expect(rows[1]).toMatchObject({ images: 4, noFace: 1, errorAt: { '0.05': 0.5 } });
    expect(rows[2]?.errorAt['0.05']).toBe(0);
  });

  it('labels rows in the table, synthetic kinds included', () => {
    const table = livenessTable(livenessRows({ live, 'synthetic-print': [0.9] }));
    expect(table).toContain('| live (BPCER) | 100 | 0 |');
    expect(table).toContain('| synthetic-print (APCER) | 1 | 0 | 100.0% | 100.0% |');
  });
});
