/** The figures of one evaluation condition, in the shape `eval:faces --json` prints. */
import type { ScoreLists } from './pair-scoring';
import { equalErrorRate, tarAtFar, type FarOperatingPoint } from './roc-metrics';

/** The false accept rates every evaluation reports. */
const TARGET_FARS = ['0.01', '0.001', '0.0001'] as const;

/** One of the reported false accept rates, as its JSON key. */
type TargetFar = (typeof TARGET_FARS)[number];

/** Counts and rates of one condition (fractions; null where the impostor count cannot support the FAR). */
export interface ConditionFigures {
  readonly genuine: number;
  readonly impostors: number;
  readonly failures: number;
  readonly eer: number;
  readonly tarAtFar: Readonly<Record<TargetFar, number | null>>;
}

/** The figures plus the thresholds behind them, which calibration needs. */
export interface ConditionSummary {
  readonly figures: ConditionFigures;
  readonly operatingPoints: readonly FarOperatingPoint[];
}

/** Summarises the score lists of one condition; `failures` counts embeddings that could not be made. */
export function summarizeCondition(scores: ScoreLists, failures: number): ConditionSummary {
  const operatingPoints = TARGET_FARS.map((far) =>
    tarAtFar(scores.genuine, scores.impostors, Number(far)),
  );
  const tar = (k: number) => operatingPoints[k]?.tar ?? null;
  return {
    figures: {
      genuine: scores.genuine.length,
      impostors: scores.impostors.length,
      failures,
      eer: equalErrorRate(scores.genuine, scores.impostors),
      tarAtFar: { '0.01': tar(0), '0.001': tar(1), '0.0001': tar(2) },
    },
    operatingPoints,
  };
}
