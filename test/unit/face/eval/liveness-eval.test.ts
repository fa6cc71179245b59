import { describe, expect, it } from 'vitest';
import {
  livenessRows,
  livenessTable,
  livenessThresholds,
  passiveScores,
  thresholdAtBpcer,
} from '../../../../src/core/face/eval/liveness-eval';
import { DEFAULT_LIVENESS } from '../../../../src/core/face/liveness-config';

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

describe('livenessThresholds', () => {
  it('lists the BPCER 1% and 5% thresholds, then the engine defaults on that score', () => {
    expect(livenessThresholds({ live }, 'modelCrop').map((t) => t.value)).toEqual([
      0.505,
      0.525,
      DEFAULT_LIVENESS.liveScore,
      DEFAULT_LIVENESS.spoofScore,
    ]);
    expect(livenessThresholds({ live }, 'acrossCrops').map((t) => t.value)).toEqual([
      0.505,
      0.525,
      DEFAULT_LIVENESS.confidentScore,
    ]);
  });
});

describe('passiveScores', () => {
  it('takes one score of every image and keeps the images without a face', () => {
    const scored = { live: [{ modelCrop: 0.99, acrossCrops: 0.7 }, null] };
    expect(passiveScores(scored, 'modelCrop')).toEqual({ live: [0.99, null] });
    expect(passiveScores(scored, 'acrossCrops')).toEqual({ live: [0.7, null] });
  });
});

describe('livenessRows', () => {
  const thresholds = [{ label: 'at 0.525', value: 0.525 }];

  it('reports BPCER for live and APCER per attack kind, live first', () => {
    const rows = livenessRows(
      { print: [0.1, 0.6, null, 0.99], live, 'synthetic-screen': [0.2, 0.3] },
      thresholds,
    );
    expect(rows.map((r) => r.kind)).toEqual(['live', 'print', 'synthetic-screen']);
    expect(rows[0]?.errorAt[0]).toBeCloseTo(0.05, 9);
    // The prints scoring 0.6 and 0.99 pass; the one without a face is stopped.
    expect(rows[1]).toMatchObject({ images: 4, noFace: 1, errorAt: [0.5] });
    expect(rows[2]?.errorAt).toEqual([0]);
  });

  it('labels rows in the table, synthetic kinds included', () => {
    const table = livenessTable(
      livenessRows({ live, 'synthetic-print': [0.9] }, thresholds),
      thresholds,
    );
    expect(table).toContain('| kind | images | no face | error at at 0.525 |');
    expect(table).toContain('| live (BPCER) | 100 | 0 | 5.0% |');
    expect(table).toContain('| synthetic-print (APCER) | 1 | 0 | 100.0% |');
  });
});
