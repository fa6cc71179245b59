/** The matcher's verdict: is the live face the holder of the card, at a calibrated operating point? */
import { CalibrationError, type Calibration } from './calibration';
import type { Embedding } from './embedding-math';
import { fusedScore, type FrameFusion } from './frame-fusion';

/** A decision with what it was based on; the score goes to the record and the operator, never the worker. */
export interface MatchDecision {
  readonly outcome: 'match' | 'no-match';
  readonly score: number;
  readonly threshold: number;
  readonly operatingPoint: string;
}

/** Decides on a similarity score: a match when it is strictly above the operating point's threshold. */
export function decideMatch(
  score: number,
  calibration: Calibration,
  operatingPoint = calibration.defaultOperatingPoint,
): MatchDecision {
  const point = calibration.operatingPoints[operatingPoint];
  if (!point) {
    const available = Object.keys(calibration.operatingPoints).join(', ');
    throw new CalibrationError('unknown-operating-point', { point: operatingPoint, available });
  }
  return {
    outcome: score > point.threshold ? 'match' : 'no-match',
    score,
    threshold: point.threshold,
    operatingPoint,
  };
}

/** Settings of a matcher. */
export interface MatcherOptions {
  readonly calibration: Calibration;
  /** Defaults to the calibration's default operating point. */
  readonly operatingPoint?: string;
  /** How many of the best live frames take part (best first); defaults to 1. */
  readonly bestFrames?: number;
  readonly fusion?: FrameFusion;
}

/** Compares the card photo's embedding with the best live frames' embeddings. */
export interface Matcher {
  match(cardEmbedding: Embedding, liveEmbeddingsBestFirst: readonly Embedding[]): MatchDecision;
}

/** Builds a matcher; an unknown operating point fails here, at start-up, not at the first worker. */
export function createMatcher(options: MatcherOptions): Matcher {
  const { calibration, bestFrames = 1, fusion = 'mean-embedding' } = options;
  const operatingPoint = options.operatingPoint ?? calibration.defaultOperatingPoint;
  decideMatch(0, calibration, operatingPoint);
  return {
    match(cardEmbedding, liveEmbeddingsBestFirst) {
      const frames = liveEmbeddingsBestFirst.slice(0, Math.max(1, bestFrames));
      return decideMatch(fusedScore(cardEmbedding, frames, fusion), calibration, operatingPoint);
    },
  };
}
