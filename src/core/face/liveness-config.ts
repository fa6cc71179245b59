/** Thresholds of the multi-frame liveness session; docs/accuracy.md says what each was set from. */

/** Thresholds of the session (from the device configuration's liveness level). */
export interface LivenessConfig {
  /** Frames to see before any decision. */
  readonly minFrames: number;
  /**
   * Mean cross-crop passive score (tight, model's and wide crop: `livenessAcrossCrops`) at or
   * above which non-rigid motion alone (speech, a blink) makes the face live; below it a replayed
   * video, which speaks and blinks too, must answer a turn challenge.
   */
  readonly confidentScore: number;
  /**
   * Mean passive score (the model's crop) at or above which the answer to a challenge, a blink or
   * a turn, makes the face live.
   */
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
  /** Yaw change (degrees, pose model) towards the asked side that counts as a head turn. */
  readonly turnYawDegrees: number;
  /** Nose-offset change (outline widths) towards the asked side that only a 3D head makes. */
  readonly turnNoseOffset: number;
  /** Embedding similarity between consecutive frames below which the face is someone else. */
  readonly sameFaceSimilarity: number;
  /** Face-centre jump between consecutive frames, in face heights, above which it is someone else. */
  readonly sameFaceJump: number;
}

/** Defaults (medium level): photo noise floors ×1.5 for the shape and turn thresholds, see docs/accuracy.md. */
export const DEFAULT_LIVENESS: LivenessConfig = {
  minFrames: 5,
  confidentScore: 0.919,
  liveScore: 0.9,
  spoofScore: 0.3,
  windowFrames: 30,
  mouthRange: 0.05,
  blinkDip: 0.18,
  eyeClosed: 0.3,
  eyeOpen: 0.6,
  evidenceFrames: 30,
  challengeFrames: 60,
  turnYawDegrees: 12,
  turnNoseOffset: 0.12,
  sameFaceSimilarity: 0.5,
  sameFaceJump: 0.5,
};
