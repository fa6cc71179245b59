/**
 * Liveness over several frames, as a pure state machine: the passive model's mean score, planar
 * motion evidence between frames, and an active challenge (blink or head turn) when the passive
 * evidence is uncertain. Feed it one observation per analysed frame; it never reads a clock.
 */
import { assertNever } from '../../shared/result';
import type { AnalyzedFace } from './frame-analysis';
import { landmarkMotion } from './planar-motion';

/** What the session needs from each frame's chosen face. */
export type LivenessObservation = Pick<
  AnalyzedFace,
  'liveness' | 'landmarks' | 'box' | 'eyes' | 'pose'
>;

/** The active challenges. */
export type LivenessChallenge = 'blink' | 'turn';

/** The session's answer after a frame. */
export type LivenessVerdict =
  | { readonly kind: 'undecided' }
  | { readonly kind: 'need-challenge'; readonly challenge: LivenessChallenge }
  | { readonly kind: 'live'; readonly score: number }
  | {
      readonly kind: 'spoof';
      readonly reason: 'passive-score' | 'planar-motion' | 'challenge-failed';
    };

/** Thresholds of the session (from the device configuration). */
export interface LivenessConfig {
  /** Frames to see before any decision. */
  readonly minFrames: number;
  /** Mean passive score at or above which the face is live without a challenge. */
  readonly liveScore: number;
  /** Mean passive score at or below which the face is a spoof. */
  readonly spoofScore: number;
  /** Landmark motion (face heights) a frame pair needs before its planarity says anything. */
  readonly minMotion: number;
  /** Homography residual (face heights) below which a moving pair counts as planar. */
  readonly planarResidual: number;
  /** Share of informative pairs that must be planar for the motion to count as a flat object. */
  readonly planarShare: number;
  readonly challenge: LivenessChallenge;
  /** Frames allowed for the challenge before it counts as failed. */
  readonly challengeFrames: number;
  /** Eye-open probability below which an eye is closed, and above which it is open again. */
  readonly eyeClosed: number;
  readonly eyeOpen: number;
  /** Yaw change (degrees) that counts as a head turn. */
  readonly turnDegrees: number;
}

/** Defaults; the evaluation of issue 3 measures the passive thresholds on ../shared/data/spoof. */
export const DEFAULT_LIVENESS: LivenessConfig = {
  minFrames: 5,
  liveScore: 0.9,
  spoofScore: 0.3,
  minMotion: 0.01,
  planarResidual: 0.006,
  planarShare: 0.7,
  challenge: 'blink',
  challengeFrames: 90,
  eyeClosed: 0.3,
  eyeOpen: 0.6,
  turnDegrees: 15,
};

/** Progress of the challenge: blink = open → closed → open; turn = away from the start yaw → back. */
type ChallengeProgress =
  | { readonly step: 'blink-wait-closed' | 'blink-wait-open' }
  | { readonly step: 'turn-wait-away' | 'turn-wait-back'; readonly startYaw: number };

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

const startProgress = (kind: LivenessChallenge, yaw: number): ChallengeProgress =>
  kind === 'blink' ? { step: 'blink-wait-closed' } : { step: 'turn-wait-away', startYaw: yaw };

/** Advances the challenge by one frame; returns the new progress or 'done'. */
function advance(
  progress: ChallengeProgress,
  frame: LivenessObservation,
  config: LivenessConfig,
): ChallengeProgress | 'done' {
  const eyes = Math.min(frame.eyes.leftOpen, frame.eyes.rightOpen);
  switch (progress.step) {
    case 'blink-wait-closed':
      return eyes < config.eyeClosed ? { step: 'blink-wait-open' } : progress;
    case 'blink-wait-open':
      return eyes > config.eyeOpen ? 'done' : progress;
    case 'turn-wait-away':
      return Math.abs(frame.pose.yaw - progress.startYaw) >= config.turnDegrees
        ? { ...progress, step: 'turn-wait-back' }
        : progress;
    case 'turn-wait-back':
      return Math.abs(frame.pose.yaw - progress.startYaw) < config.turnDegrees / 2
        ? 'done'
        : progress;
    default:
      return assertNever(progress, 'challenge progress');
  }
}

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
    const progress = advance(state.challenge.progress, frame, config);
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
