/**
 * The liveness session's active challenge: which one to ask, and whether the frames since it was
 * asked answer it. A blink proves non-rigid motion, not the medium, so it is asked only of a face
 * the passive model is confident about; below that, where real screen replays score, the worker is
 * asked to turn towards a side drawn at random, which neither a photo (flat: no parallax) nor a
 * recording (it cannot know the side) shows. docs/accuracy.md, "Screen replay" and "Turn challenge".
 */
import { shapeEvidence, type FaceShape } from './facial-motion';
import type { ChallengeKey } from '../../shared/kiosk-api/capture-keys';
import type { LivenessConfig } from './liveness-config';
import { turnBaseline, turnedTowards, type TurnSample, type TurnSide } from './turn-evidence';

/** A uniform random source in [0, 1), such as Math.random: it draws the side of a turn challenge. */
export type RandomSource = () => number;

/** The challenge asked and what judging its answer needs. */
export interface AskedChallenge {
  readonly key: ChallengeKey;
  /** Frames since it was asked. */
  readonly frames: number;
  /** The head's pose before it was asked (what a turn is measured from). */
  readonly baseline: TurnSample;
}

/** What the current face showed: its passive means and its latest shapes and turn samples. */
export interface ChallengeFrames {
  /** Mean passive score at the model's crop (what a challenge's answer needs). */
  readonly passiveMean: number;
  /** Mean cross-crop score (what picks a blink over a turn). */
  readonly confidence: number;
  readonly shapes: readonly FaceShape[];
  readonly turns: readonly TurnSample[];
}

const TURN_SIDE: Readonly<Record<Exclude<ChallengeKey, 'blink'>, TurnSide>> = {
  'turn-head-left': 'left',
  'turn-head-right': 'right',
};

/** The eye-model thresholds of a configuration, as the shape evidence takes them. */
export const eyeModelOf = (config: LivenessConfig) => ({
  closedBelow: config.eyeClosed,
  openAbove: config.eyeOpen,
});

/** The challenge for a face that showed no sufficient evidence; `random` is called only for a turn. */
export function askChallenge(
  seen: ChallengeFrames,
  config: LivenessConfig,
  random: RandomSource,
): AskedChallenge {
  const key: ChallengeKey =
    seen.confidence >= config.confidentScore
      ? 'blink'
      : random() < 0.5
        ? 'turn-head-left'
        : 'turn-head-right';
  return { key, frames: 0, baseline: turnBaseline(seen.turns.slice(-config.windowFrames)) };
}

/** Whether the frames since the challenge answer it; the passive model must agree either way. */
export function challengeAnswered(
  asked: AskedChallenge,
  seen: ChallengeFrames,
  config: LivenessConfig,
): boolean {
  if (seen.passiveMean < config.liveScore) return false;
  if (asked.key === 'blink') {
    const since = seen.shapes.slice(-asked.frames);
    return shapeEvidence(since, eyeModelOf(config)).blinkDip >= config.blinkDip;
  }
  return turnedTowards(asked.baseline, seen.turns.slice(-asked.frames), TURN_SIDE[asked.key], {
    yawDegrees: config.turnYawDegrees,
    noseOffset: config.turnNoseOffset,
  });
}
