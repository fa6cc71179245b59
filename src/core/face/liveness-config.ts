/** Thresholds of the multi-frame liveness session, from the device configuration. */

/** The active challenges. */
export type LivenessChallenge = 'blink' | 'turn';

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
  planarResidual: 0.004,
  planarShare: 0.8,
  challenge: 'blink',
  challengeFrames: 90,
  eyeClosed: 0.3,
  eyeOpen: 0.6,
  turnDegrees: 15,
};
