/** What the face engine reports for one camera frame (and the card photo), as it crosses the process boundary. */
import type { Result } from '../../shared/result';
import type { DetectedFace } from './detection-decode';
import type { EyeState } from './eye-state';
import type { Point } from './face-landmarks';
import type { FaceQuality } from './face-quality';
import type { HeadPose } from './head-pose';

/** Milliseconds per stage: `total` is the whole call, `models` the sum of the pure model runs in it. */
export interface StageTimings {
  readonly detectMs: number;
  readonly landmarksMs: number;
  readonly embeddingMs: number;
  readonly livenessMs: number;
  readonly poseMs: number;
  readonly eyesMs: number;
  readonly modelsMs: number;
  readonly totalMs: number;
}

/** Everything known about the face the engine chose to follow (the largest one). */
export interface AnalyzedFace extends DetectedFace {
  /** Index of this face in `FrameAnalysis.faces`. */
  readonly index: number;
  /** The 68 landmarks in frame pixels. */
  readonly landmarks: readonly Point[];
  readonly pose: HeadPose;
  readonly eyes: EyeState;
  readonly quality: FaceQuality;
  /** Passive liveness: probability (0..1) that this frame shows a live face (the model's crop). */
  readonly liveness: number;
  /** The same, averaged over a tight, the model's and a wide crop: low for a screen (face-liveness.ts). */
  readonly livenessAcrossCrops: number;
  /** L2-normalised embedding of the aligned face. */
  readonly embedding: Float32Array;
}

/** The analysis of one frame: every face found, the chosen one analysed in full (null when none). */
export interface FrameAnalysis {
  readonly width: number;
  readonly height: number;
  readonly faces: readonly DetectedFace[];
  readonly chosen: AnalyzedFace | null;
  readonly timings: StageTimings;
}

/** Why a card photo gave no reference embedding. */
export type EnrollFailure =
  | { readonly kind: 'no-face' }
  | { readonly kind: 'image-too-small'; readonly width: number; readonly height: number };

/** The reference face from a card photo. */
interface EnrolledFace {
  /** L2-normalised embedding of the card face. */
  readonly embedding: Float32Array;
  /** The face box and score, in the card photo's pixels. */
  readonly face: DetectedFace;
}

/** The card-photo path's outcome: the reference embedding or a typed failure. */
export type Enrollment = Result<EnrolledFace, EnrollFailure>;
