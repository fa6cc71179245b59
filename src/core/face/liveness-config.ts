/** Thresholds of the multi-frame liveness session; docs/accuracy.md says what each was set from. */
import type { ChallengeKey } from '../../shared/kiosk-api/capture-keys';

/** The active challenge the engine asks: a blink, judged by the eye model and the eye shape together. */
export type LivenessChallenge = Extract<ChallengeKey, 'blink'>;

/** Thresholds of the session (from the device configuration's liveness level). */
export interface LivenessConfig {
  /** Frames to see before any decision. */
  readonly minFrames: number;
  /** Mean passive score at or above which non-rigid motion alone makes the face live. */
  readonly liveScore: number;
  /** Mean passive score at or below which the face is a spoof at once. */
  readonly spoofScore: number;
  /** Frames of the sliding window the shape evidence is judged over. */
  readonly windowFrames: number;
  /** Mouth-opening range (eye-to-mouth units) that counts as speech, not landmark noise. */
  readonly mouthRange: number;
  /** Relative eye-aspect dip that, with the eye model's closed-then-open, counts as a blink. */
  readonly blinkDip: number;
  /** Eye-open probability below which the eyes count as closed, and above which as open. */
  readonly eyeClosed: number;
  readonly eyeOpen: number;
  /** Frames without passive evidence after which the challenge is asked. */
  readonly evidenceFrames: number;
  /** Frames allowed for the challenge before it counts as failed. */
  readonly challengeFrames: number;
  /** Embedding similarity between consecutive frames below which the face is someone else. */
  readonly sameFaceSimilarity: number;
  /** Face-centre jump between consecutive frames, in face heights, above which it is someone else. */
  readonly sameFaceJump: number;
}

/** Defaults (medium level): photo noise floors ×1.5 for the shape thresholds, see docs/accuracy.md. */
export const DEFAULT_LIVENESS: LivenessConfig = {
  minFrames: 5,
  liveScore: 0.9,
  spoofScore: 0.3,
  windowFrames: 30,
  mouthRange: 0.05,
  blinkDip: 0.18,
  eyeClosed: 0.3,
  eyeOpen: 0.6,
  evidenceFrames: 30,
  challengeFrames: 60,
  sameFaceSimilarity: 0.5,
  sameFaceJump: 0.5,
};
