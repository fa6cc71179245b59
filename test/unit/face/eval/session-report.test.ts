import { describe, expect, it } from 'vitest';
import { buildCalibration } from '../../../../src/core/face/eval/calibration-writer';
import { summarizeCondition } from '../../../../src/core/face/eval/condition-summary';
import type { SessionScoreTable } from '../../../../src/core/face/eval/session-evaluation';
import {
  buildSessionReport,
  sessionCalibrationPoint,
  sessionTable,
} from '../../../../src/core/face/eval/session-report';
import { useModelsDir } from './models-dir-fixture';

// 2000 impostor sessions per bound scoring 0.0000..0.1999 plus `shift`; ten genuine sessions.
const impostors = (shift: number) => Array.from({ length: 2000 }, (_, k) => shift + k / 10_000);
const genuine = [0.15, 0.25, 0.5, 0.6, 0.7, 0.8, 0.9, 0.9, 0.9, 0.9];
const bounds = (shift: number) => ({
  'same-view': { genuine, impostors: impostors(shift) },
  'new-view': { genuine, impostors: impostors(shift + 0.01) },
  'new-view-fused': { genuine, impostors: impostors(shift) },
});
const table: SessionScoreTable = { attempts: 3, sections: { all: bounds(0), london: bounds(0.1) } };
// The card condition's pair scores: FAR 1% and 0.1% supported (2000 impostors), 0.01% not.
const card = summarizeCondition({ genuine, impostors: impostors(0) }, 0);

const modelsDir = useModelsDir();

describe('session report', () => {
  const report = buildSessionReport(table, card);

  it('lists the per-attempt points and the session point, most lenient first', () => {
    expect(report.points.map((point) => point.name)).toEqual([
      'far-1e-2',
      'far-1e-3',
      'session-1e-3',
    ]);
    // Two of 2000 impostor sessions may pass: london's new-view sets it, 0.11 + 0.1997.
    expect(report.points[2]?.threshold).toBeCloseTo(0.3097, 9);
    const london = report.points[2]?.sections.london?.['new-view'];
    expect(london).toMatchObject({ genuineSessions: 10, impostorSessions: 2000, genuinePass: 0.8 });
    expect(london?.impostorPass).toBeCloseTo(0.001, 9);
  });

  it('prints one row per point, section and bound with session FRR and impostor pass', () => {
    const rows = sessionTable(report).split('\n');
    expect(rows).toHaveLength(2 + 3 * 2 * 3);
    expect(rows.at(-2)).toBe(
      '| session-1e-3 | 0.3097 | london | new-view | 10 | 20.00% | 2000 | 0.100% |',
    );
  });

  it('makes the session point the calibration default, with per-attempt and worst session figures', async () => {
    const point = sessionCalibrationPoint(report, table);
    expect(point?.name).toBe('session-1e-3');
    expect(point?.point).toMatchObject({
      tar: 0.8,
      far: 0,
      session: { attempts: 3, genuinePass: 0.8 },
    });
    expect(point?.point.session?.impostorPass).toBeCloseTo(0.001, 9);
    const source = {
      set: 'faces',
      modelsDir: modelsDir(),
      embedding: 'flip',
      flipEmbedding: true,
      date: new Date(0),
    };
    const calibration = await buildCalibration(card, source, point ?? undefined);
    expect(calibration.defaultOperatingPoint).toBe('session-1e-3');
    expect(Object.keys(calibration.operatingPoints)).toEqual([
      'far-1e-2',
      'far-1e-3',
      'session-1e-3',
    ]);
  });
});
