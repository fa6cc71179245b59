/**
 * Liveness over frames, as a pure state machine (frames in, verdict out; it never reads a clock and
 * draws nothing itself: the turn side comes from the random source it is handed).
 * A photo, however it is moved, zoomed, rolled or tilted, keeps its mouth and eye shapes; a live
 * face speaks and blinks. A video replayed on a screen speaks and blinks as well, so non-rigid
 * motion alone makes a face live only when the passive model is confident across a tight, its own
 * and a wide crop (a screen's texture and bezel show there); in the band below, the
 * session asks the worker to turn towards a side drawn at random and judges the turn's yaw and 3D
 * parallax. A confident face without motion is asked to blink. The evidence belongs to one face:
 * when the tracked face changes (someone else, or a swapped photo) everything starts again.
 */
import { cosineSimilarity } from './match/embedding-math';
import type { AnalyzedFace } from './frame-analysis';
import { faceShape, shapeEvidence, type FaceShape } from './facial-motion';
import {
  askChallenge,
  challengeAnswered,
  eyeModelOf,
  type AskedChallenge,
  type RandomSource,
} from './liveness-challenge';
import type { ChallengeKey } from '../../shared/kiosk-api/capture-keys';
import { DEFAULT_LIVENESS, type LivenessConfig } from './liveness-config';
import { turnSample, type TurnSample } from './turn-evidence';

// The session is the entry point: its configuration is importable from here as well.
export { DEFAULT_LIVENESS, type LivenessConfig, type RandomSource };

/** What the session needs from each frame's chosen face. */
export type LivenessObservation = Pick<
  AnalyzedFace,
  'liveness' | 'livenessAcrossCrops' | 'landmarks' | 'box' | 'eyes' | 'embedding' | 'pose'
>;

/** What made a face live. */
type LiveEvidence = 'speech' | 'blink' | 'challenge';

/** The session's answer after a frame. */
type LivenessVerdict =
  | { readonly kind: 'undecided' }
  | { readonly kind: 'need-challenge'; readonly challenge: ChallengeKey }
  | {
      readonly kind: 'live';
      readonly score: number;
      /** The passive threshold this evidence needed. */
      readonly threshold: number;
      readonly evidence: LiveEvidence;
    }
  | { readonly kind: 'spoof'; readonly reason: 'passive-score' | 'challenge-failed' };

/** Everything the session remembers between frames. */
export interface LivenessState {
  /** Frames of the current face. */
  readonly frames: number;
  readonly scoreSum: number;
  /** Sum of the frames' cross-crop scores (what speech alone is trusted by). */
  readonly acrossCropsSum: number;
  /** The shapes of the last `windowFrames` frames of the current face. */
  readonly shapes: readonly FaceShape[];
  /** The turn measurements of the current face's last frames (enough for a window and a challenge). */
  readonly turns: readonly TurnSample[];
  readonly previous: LivenessObservation | null;
  /** Null until a challenge is asked. */
  readonly challenge: AskedChallenge | null;
  /** How often the tracked face changed (the evidence restarted). */
  readonly faceChanges: number;
  readonly verdict: LivenessVerdict;
}

/** A fresh session. */
export const initialLivenessState: LivenessState = {
  frames: 0,
  scoreSum: 0,
  acrossCropsSum: 0,
  shapes: [],
  turns: [],
  previous: null,
  challenge: null,
  faceChanges: 0,
  verdict: { kind: 'undecided' },
};

/** The mean passive liveness score of the current face's frames (0 before any frame). */
export const passiveMean = (state: LivenessState): number =>
  state.frames > 0 ? state.scoreSum / state.frames : 0;

/** The mean cross-crop score of the current face's frames (0 before any frame). */
const acrossCropsMean = (state: LivenessState): number =>
  state.frames > 0 ? state.acrossCropsSum / state.frames : 0;

const centre = (box: LivenessObservation['box']) => ({
  x: box.x + box.width / 2,
  y: box.y + box.height / 2,
});

/** Whether two consecutive frames show the same face: same identity, no jump across the frame. */
function sameFace(
  previous: LivenessObservation,
  current: LivenessObservation,
  config: LivenessConfig,
): boolean {
  const a = centre(previous.box);
  const b = centre(current.box);
  const jump = Math.hypot(a.x - b.x, a.y - b.y) / previous.box.height;
  return (
    jump <= config.sameFaceJump &&
    cosineSimilarity(previous.embedding, current.embedding) >= config.sameFaceSimilarity
  );
}

/**
 * Feeds one frame's observation; a decided session (live or spoof) stays decided. `random` is
 * called only when a turn challenge is asked.
 */
export function livenessStep(
  state: LivenessState,
  frame: LivenessObservation,
  config: LivenessConfig,
  random: RandomSource,
): LivenessState {
  if (state.verdict.kind === 'live' || state.verdict.kind === 'spoof') return state;
  const changed = state.previous !== null && !sameFace(state.previous, frame, config);
  const base = changed ? { ...initialLivenessState, faceChanges: state.faceChanges + 1 } : state;
  const next: LivenessState = {
    ...base,
    frames: base.frames + 1,
    scoreSum: base.scoreSum + frame.liveness,
    acrossCropsSum: base.acrossCropsSum + frame.livenessAcrossCrops,
    shapes: [...base.shapes, faceShape(frame.landmarks, frame.eyes)].slice(-config.windowFrames),
    turns: [...base.turns, turnSample(frame.landmarks, frame.pose.yaw)].slice(
      -Math.max(config.windowFrames, config.challengeFrames),
    ),
    previous: frame,
    challenge: base.challenge && { ...base.challenge, frames: base.challenge.frames + 1 },
  };
  const mean = passiveMean(next);
  const confidence = acrossCropsMean(next);
  const seen = { passiveMean: mean, confidence, shapes: next.shapes, turns: next.turns };
  const decide = (verdict: LivenessVerdict): LivenessState => ({ ...next, verdict });
  if (next.frames < config.minFrames) return next;
  if (mean <= config.spoofScore) return decide({ kind: 'spoof', reason: 'passive-score' });

  if (next.challenge !== null) {
    // Only what happened since the challenge was asked answers it.
    if (challengeAnswered(next.challenge, seen, config))
      return decide({
        kind: 'live',
        score: mean,
        threshold: config.liveScore,
        evidence: 'challenge',
      });
    if (next.challenge.frames >= config.challengeFrames)
      return decide({ kind: 'spoof', reason: 'challenge-failed' });
    return next;
  }

  if (confidence >= config.confidentScore) {
    const evidence = shapeEvidence(next.shapes, eyeModelOf(config));
    const live = (by: LiveEvidence) =>
      decide({ kind: 'live', score: confidence, threshold: config.confidentScore, evidence: by });
    if (evidence.mouthRange >= config.mouthRange) return live('speech');
    if (evidence.blinkDip >= config.blinkDip) return live('blink');
  }
  if (next.frames < config.evidenceFrames) return next;
  // Below the confident score speech and blinks are what a replayed video shows too: only a turn
  // to a side the recording cannot know will do (docs/accuracy.md, "Screen replay").
  const challenge = askChallenge(seen, config, random);
  return { ...next, challenge, verdict: { kind: 'need-challenge', challenge: challenge.key } };
}
