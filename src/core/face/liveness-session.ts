/**
 * Liveness over several frames, as a pure state machine: the passive model's mean score, planar
 * motion evidence between frames, and an active challenge (blink or head turn) when the passive
 * evidence is uncertain. Feed it one observation per analysed frame; it never reads a clock.
 */
import type { AnalyzedFace } from './frame-analysis';
import { advanceChallenge, startProgress, type ChallengeProgress } from './liveness-challenge';
import { DEFAULT_LIVENESS, type LivenessChallenge, type LivenessConfig } from './liveness-config';
import { landmarkMotion } from './planar-motion';

// The session is the entry point: its configuration is importable from here as well.
export { DEFAULT_LIVENESS, type LivenessChallenge, type LivenessConfig };

/** What the session needs from each frame's chosen face. */
export type LivenessObservation = Pick<
  AnalyzedFace,
  'liveness' | 'landmarks' | 'box' | 'eyes' | 'pose'
>;

/** The session's answer after a frame. */
export type LivenessVerdict =
  | { readonly kind: 'undecided' }
  | { readonly kind: 'need-challenge'; readonly challenge: LivenessChallenge }
  | { readonly kind: 'live'; readonly score: number }
  | {
      readonly kind: 'spoof';
      readonly reason: 'passive-score' | 'planar-motion' | 'challenge-failed';
    };

/** Everything the session remembers between frames. */
export interface LivenessState {
  readonly frames: number;
  readonly scoreSum: number;
  readonly previous: LivenessObservation | null;
  readonly movingPairs: number;
  readonly planarPairs: number;
  /** Null until a challenge is requested. */
  readonly challenge: {
    readonly frames: number;
    readonly progress: ChallengeProgress;
    readonly nonPlanarSeen: boolean;
  } | null;
  readonly verdict: LivenessVerdict;
}

/** A fresh session. */
export const initialLivenessState: LivenessState = {
  frames: 0,
  scoreSum: 0,
  previous: null,
  movingPairs: 0,
  planarPairs: 0,
  challenge: null,
  verdict: { kind: 'undecided' },
};

/** Feeds one frame's observation; a decided session (live or spoof) stays decided. */
export function livenessStep(
  state: LivenessState,
  frame: LivenessObservation,
  config: LivenessConfig = DEFAULT_LIVENESS,
): LivenessState {
  if (state.verdict.kind === 'live' || state.verdict.kind === 'spoof') return state;
  const motion = state.previous
    ? landmarkMotion(state.previous.landmarks, frame.landmarks, frame.box.height)
    : null;
  const moving = motion !== null && motion.motion >= config.minMotion;
  const planar = moving && motion.planarResidual < config.planarResidual;
  const next = {
    ...state,
    frames: state.frames + 1,
    scoreSum: state.scoreSum + frame.liveness,
    previous: frame,
    movingPairs: state.movingPairs + (moving ? 1 : 0),
    planarPairs: state.planarPairs + (planar ? 1 : 0),
  };
  const mean = next.scoreSum / next.frames;
  const decide = (verdict: LivenessVerdict): LivenessState => ({ ...next, verdict });

  if (state.challenge) {
    const progress = advanceChallenge(state.challenge.progress, frame, config);
    const nonPlanarSeen = state.challenge.nonPlanarSeen || (moving && !planar);
    if (progress === 'done') {
      // A turned photo stays planar: a turn only counts if the landmarks left the plane on the way.
      if (config.challenge === 'turn' && !nonPlanarSeen)
        return decide({ kind: 'spoof', reason: 'planar-motion' });
      return decide(
        mean > config.spoofScore
          ? { kind: 'live', score: mean }
          : { kind: 'spoof', reason: 'passive-score' },
      );
    }
    const challenge = { frames: state.challenge.frames + 1, progress, nonPlanarSeen };
    if (challenge.frames >= config.challengeFrames)
      return decide({ kind: 'spoof', reason: 'challenge-failed' });
    return { ...next, challenge };
  }

  if (next.frames < config.minFrames) return next;
  if (mean <= config.spoofScore) return decide({ kind: 'spoof', reason: 'passive-score' });
  const flat = next.movingPairs >= 2 && next.planarPairs / next.movingPairs >= config.planarShare;
  if (mean >= config.liveScore && !flat) return decide({ kind: 'live', score: mean });
  return {
    ...next,
    challenge: {
      frames: 0,
      progress: startProgress(config.challenge, frame.pose.yaw),
      nonPlanarSeen: false,
    },
    verdict: { kind: 'need-challenge', challenge: config.challenge },
  };
}
