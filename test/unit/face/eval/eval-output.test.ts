import { describe, expect, it } from 'vitest';
import { buildCalibration } from '../../../../src/core/face/eval/calibration-writer';
import { summarizeCondition } from '../../../../src/core/face/eval/condition-summary';
import { parseEvalOptions } from '../../../../src/core/face/eval/eval-options';
import { reportDocument, reportTable } from '../../../../src/core/face/eval/eval-report';
import { useModelsDir } from './models-dir-fixture';

// 1000 impostors 0.000..0.999 and 10 genuine scores: FAR 1% and 0.1% supported, 0.01% not.
const impostors = Array.from({ length: 1000 }, (_, k) => k / 1000);
const genuine = [0.5, 0.95, 0.992, 0.9985, 1, 1, 1, 1, 1, 1];
const summary = summarizeCondition({ genuine, impostors }, 3);
const result = { asIs: summary, card: summary };

const modelsDir = useModelsDir();

describe('condition summary', () => {
  it('reports counts, failures and TAR at each supported FAR', () => {
    expect(summary.figures).toMatchObject({ genuine: 10, impostors: 1000, failures: 3 });
    // FAR 1%: threshold 0.989 (10 impostors above) -> 0.992 and up pass; FAR 0.1%: threshold 0.998.
    expect(summary.figures.tarAtFar).toEqual({ '0.01': 0.8, '0.001': 0.7, '0.0001': null });
  });
});

describe('report', () => {
  it('has exactly the conditions object without --by-group', () => {
    const document = reportDocument({ all: result, groups: { london: result } }, false);
    expect(Object.keys(document)).toEqual(['conditions']);
    expect(JSON.parse(JSON.stringify(document)).conditions.card.tarAtFar['0.0001']).toBeNull();
  });

  it('adds each group with --by-group', () => {
    const document = reportDocument({ all: result, groups: { london: result } }, true) as {
      groups: Record<string, unknown>;
    };
    expect(Object.keys(document.groups)).toEqual(['london']);
  });

  it('adds the gated sessions with --kiosk-gates, beside the ungated ones', () => {
    const sessions = { attempts: 3, impostorTarget: 0.001, points: [] };
    const gatedSessions = { liveGates: [], cardGates: [], gates: {}, sessions };
    const document = reportDocument({ all: result, groups: {}, sessions, gatedSessions }, false);
    expect(Object.keys(document)).toEqual(['conditions', 'sessions', 'gatedSessions']);
  });

  it('prints a Markdown row per condition and group, n/a for unsupported FARs', () => {
    const table = reportTable({ all: result, groups: { celeba: result } }).split('\n');
    expect(table).toHaveLength(2 + 4);
    expect(table[2]).toBe('| as-is | all | 10 | 1000 | 3 | 10.00% | 80.00% | 70.00% | n/a |');
    expect(table[5]).toContain('| card | celeba |');
  });
});

describe('calibration from a summary', () => {
  it('keeps the supported operating points with their thresholds and hashes the models', async () => {
    const calibration = await buildCalibration(summary, {
      set: '/data/faces',
      modelsDir: modelsDir(),
      embedding: 'flip',
      flipEmbedding: true,
      date: new Date(0),
    });
    expect(calibration.operatingPoints).toEqual({
      'far-1e-2': { far: 0.01, threshold: 0.989, tar: 0.8 },
      'far-1e-3': { far: 0.001, threshold: 0.998, tar: 0.7 },
    });
    expect(calibration.computedOn).toMatchObject({
      set: 'faces',
      genuine: 10,
      impostors: 1000,
      date: '1970-01-01T00:00:00.000Z',
    });
    expect(Object.keys(calibration.computedOn.models)).toEqual(['fr_feature.onnx']);
  });
});

describe('eval:faces options', () => {
  it('needs a set or a liveness set', () => {
    expect(parseEvalOptions([])).toMatch(/--set DIR/);
  });

  it('gates sessions only when it scores sessions', () => {
    expect(parseEvalOptions(['--set', 'x', '--kiosk-gates'])).toMatch(/--kiosk-gates needs/);
    expect(parseEvalOptions(['--set', 'x', '--sessions', '--kiosk-gates'])).toMatchObject({
      sessions: true,
      kioskGates: true,
    });
  });

  it('refuses a limit below two identities and an unknown card framing', () => {
    expect(parseEvalOptions(['--set', 'x', '--limit', '1'])).toMatch(/--limit/);
    expect(parseEvalOptions(['--set', 'x', '--card-framing', 'zoom:2'])).toMatch(/--card-framing/);
  });

  it('parses every option', () => {
    const args = [
      '--set',
      's',
      '--json',
      '--by-group',
      '--limit',
      '12',
      '--card-framing',
      'upscale:2',
      '--embedding',
      'plain',
    ];
    expect(parseEvalOptions(args)).toMatchObject({
      set: 's',
      json: true,
      byGroup: true,
      limit: 12,
      embedding: 'plain',
      cardFraming: { kind: 'upscale', factor: 2 },
    });
  });
});
