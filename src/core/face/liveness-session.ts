/**
 * Liveness over frames, as a pure state machine (frames in, verdict out; it never reads a clock).
 * A photo, however it is moved, zoomed, rolled or tilted, keeps its mouth and eye shapes; a live
 * face speaks and blinks. So a face is live when the passive model agrees and the sliding window
 * shows non-rigid motion (speech or a blink); without it, the session asks for a blink and judges
 * the answer over the following frames, the passive model agreeing as well. The evidence belongs
 * to one face: when the tracked face changes (someone else, or a swapped photo) everything starts
 * again.
 */
import { cosineSimilarity } from './match/embedding-math';
import type { AnalyzedFace } from './frame-analysis';
import { faceShape, shapeEvidence, type FaceShape } from './facial-motion';
import { DEFAULT_LIVENESS, type LivenessChallenge, type LivenessConfig } from './liveness-config';

// The session is the entry point: its configuration is importable from here as well.
export { DEFAULT_LIVENESS, type LivenessConfig };

/** What the session needs from each frame's chosen face. */
export type LivenessObservation = Pick<
  AnalyzedFace,
  'liveness' | 'landmarks' | 'box' | 'eyes' | 'embedding'
>;

/** What made a face live. */
type LiveEvidence = 'speech' | 'blink' | 'challenge';

/** The session's answer after a frame. */
type LivenessVerdict =
  | { readonly kind: 'undecided' }
  | { readonly kind: 'need-challenge'; readonly challenge: LivenessChallenge }
  | { readonly kind: 'live'; readonly score: number; readonly evidence: LiveEvidence }
  | { readonly kind: 'spoof'; readonly reason: 'passive-score' | 'challenge-failed' };

/** Everything the session remembers between frames. */
export interface LivenessState {
  /** Frames of the current face. */
  readonly frames: number;
  readonly scoreSum: number;
  /** The shapes of the last `windowFrames` frames of the current face. */
  readonly shapes: readonly FaceShape[];
  readonly previous: LivenessObservation | null;
  /** Frames since the challenge was asked; null until it is. */
  readonly challengeFrames: number | null;
  /** How often the tracked face changed (the evidence restarted). */
  readonly faceChanges: number;
  readonly verdict: LivenessVerdict;
}

/** A fresh session. */
export const initialLivenessState: LivenessState = {
  frames: 0,
  scoreSum: 0,
  shapes: [],
  previous: null,
  challengeFrames: null,
  faceChanges: 0,
  verdict: { kind: 'undecided' },
};

/** The mean passive liveness score of the current face's frames (0 before any frame). */
export const passiveMean = (state: LivenessState): number =>
  state.frames > 0 ? state.scoreSum / state.frames : 0;

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

/** Feeds one frame's observation; a decided session (live or spoof) stays decided. */
export function livenessStep(
  state: LivenessState,
  frame: LivenessObservation,
  config: LivenessConfig = DEFAULT_LIVENESS,
): LivenessState {
  if (state.verdict.kind === 'live' || state.verdict.kind === 'spoof') return state;
  const changed = state.previous !== null && !sameFace(state.previous, frame, config);
  const base = changed ? { ...initialLivenessState, faceChanges: state.faceChanges + 1 } : state;
  const next: LivenessState = {
    ...base,
    frames: base.frames + 1,
    scoreSum: base.scoreSum + frame.liveness,
    shapes: [...base.shapes, faceShape(frame.landmarks, frame.eyes)].slice(-config.windowFrames),
    previous: frame,
    challengeFrames: base.challengeFrames === null ? null : base.challengeFrames + 1,
  };
  const mean = passiveMean(next);
  const decide = (verdict: LivenessVerdict): LivenessState => ({ ...next, verdict });
  if (next.frames < config.minFrames) return next;
  if (mean <= config.spoofScore) return decide({ kind: 'spoof', reason: 'passive-score' });
  const eyeModel = { closedBelow: config.eyeClosed, openAbove: config.eyeOpen };

  if (next.challengeFrames !== null) {
    // Only what happened since the challenge was asked answers it. A blink proves non-rigid
    // motion, not the medium: a video replayed on a screen blinks too, so the passive model
    // must agree as it must without a challenge (docs/accuracy.md, "Screen replay").
    const since = next.shapes.slice(-next.challengeFrames);
    if (mean >= config.liveScore && shapeEvidence(since, eyeModel).blinkDip >= config.blinkDip)
      return decide({ kind: 'live', score: mean, evidence: 'challenge' });
    if (next.challengeFrames >= config.challengeFrames)
      return decide({ kind: 'spoof', reason: 'challenge-failed' });
    return next;
  }

  const evidence = shapeEvidence(next.shapes, eyeModel);
  if (mean >= config.liveScore) {
    if (evidence.mouthRange >= config.mouthRange)
      return decide({ kind: 'live', score: mean, evidence: 'speech' });
    if (evidence.blinkDip >= config.blinkDip)
      return decide({ kind: 'live', score: mean, evidence: 'blink' });
  }
  if (next.frames < config.evidenceFrames) return next;
  return { ...next, challengeFrames: 0, verdict: { kind: 'need-challenge', challenge: 'blink' } };
}
