/**
 * Head-turn evidence for the turn challenge: the pose model's yaw and the nose's parallax. A head
 * turning moves the nose tip, which stands out of the face, across the face outline; a photo or a
 * screen turned in a hand is flat, so every landmark moves by one homography and the nose stays
 * where it was within the outline. docs/accuracy.md ("Turn challenge") gives the measurements.
 */
import type { Point } from './face-landmarks';
import { median, medianFiltered } from './median-filter';

/** The side the worker is asked to turn to, in the worker's own terms (the preview is a mirror). */
export type TurnSide = 'left' | 'right';

/** One frame's turn measurements. */
export interface TurnSample {
  /** The head-pose model's yaw in degrees. */
  readonly yaw: number;
  /**
   * Nose tip (point 30) offset from the midpoint of the outline ends (points 0 and 16), along the
   * outline, over the outline's width: unchanged by moving, zooming or rolling the face.
   */
  readonly noseOffset: number;
}

/** How far a turn went towards the asked side (negative: the other way). */
export interface TurnMove {
  readonly yaw: number;
  readonly noseOffset: number;
}

/** Thresholds a turn must reach, both in one frame. */
export interface TurnThresholds {
  readonly yawDegrees: number;
  readonly noseOffset: number;
}

// The camera sees the worker unmirrored: the worker's left is the image's right, the side of
// outline point 16, where the nose moves when they turn left. The pose model's yaw grows the other
// way (measured on ../shared/data/faces: docs/accuracy.md).
const NOSE_SIGN: Readonly<Record<TurnSide, number>> = { left: 1, right: -1 };
const YAW_SIGN: Readonly<Record<TurnSide, number>> = { left: -1, right: 1 };

/** The turn measurements of one frame's 68 landmarks and head pose. */
export function turnSample(landmarks: readonly Point[], yaw: number): TurnSample {
  const a = landmarks[0] as Point;
  const b = landmarks[16] as Point;
  const nose = landmarks[30] as Point;
  const ux = b.x - a.x;
  const uy = b.y - a.y;
  const width2 = ux * ux + uy * uy;
  const offset =
    width2 > 0 ? ((nose.x - (a.x + b.x) / 2) * ux + (nose.y - (a.y + b.y) / 2) * uy) / width2 : 0;
  return { yaw, noseOffset: offset };
}

/** The typical pose before the challenge: the median of each measurement. */
export function turnBaseline(samples: readonly TurnSample[]): TurnSample {
  return {
    yaw: median(samples.map((s) => s.yaw)),
    noseOffset: median(samples.map((s) => s.noseOffset)),
  };
}

/** Each frame's move from the baseline towards `side`, median-filtered over 3 frames against glitches. */
export function turnMoves(
  baseline: TurnSample,
  since: readonly TurnSample[],
  side: TurnSide,
): TurnMove[] {
  const yaw = medianFiltered(since.map((s) => s.yaw));
  const noseOffset = medianFiltered(since.map((s) => s.noseOffset));
  return since.map((_, i) => ({
    yaw: YAW_SIGN[side] * ((yaw[i] as number) - baseline.yaw),
    noseOffset: NOSE_SIGN[side] * ((noseOffset[i] as number) - baseline.noseOffset),
  }));
}

/** Whether some frame since the challenge turned far enough towards `side` with 3D parallax. */
export function turnedTowards(
  baseline: TurnSample,
  since: readonly TurnSample[],
  side: TurnSide,
  thresholds: TurnThresholds,
): boolean {
  return turnMoves(baseline, since, side).some(
    (m) => m.yaw >= thresholds.yawDegrees && m.noseOffset >= thresholds.noseOffset,
  );
}
