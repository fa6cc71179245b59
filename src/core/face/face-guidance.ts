/**
 * The quality gates as one instruction at a time. Gates are checked in a fixed priority, so the
 * worker always hears the most basic problem first (nobody can "open your eyes" outside the oval).
 */
import type { GuidanceKey } from '../../shared/kiosk-api/capture-keys';
import type { DetectedFace } from './detection-decode';
import type { AnalyzedFace } from './frame-analysis';

/** Limits of the gates; sizes and offsets are fractions of the frame, angles in degrees. */
export interface GuidanceThresholds {
  /** Another face at least this fraction of the chosen face's height counts as a second person. */
  readonly secondFaceRatio: number;
  readonly maxOffset: number;
  readonly minFaceHeight: number;
  readonly maxFaceHeight: number;
  readonly maxYaw: number;
  readonly maxPitch: number;
  readonly minEyeOpen: number;
  readonly minBrightness: number;
  /** Laplacian variance of the aligned face below which it is too blurred (motion blur). */
  readonly minSharpness: number;
  /** Face-centre displacement since the previous frame, as a fraction of the frame height. */
  readonly maxMotion: number;
}

/** Defaults for a 640x480 kiosk camera with the face oval in the middle. */
export const DEFAULT_GUIDANCE: GuidanceThresholds = {
  secondFaceRatio: 0.5,
  maxOffset: 0.15,
  minFaceHeight: 0.25,
  maxFaceHeight: 0.7,
  maxYaw: 20,
  maxPitch: 20,
  minEyeOpen: 0.5,
  minBrightness: 60,
  minSharpness: 20,
  maxMotion: 0.03,
};

/** The measures of the chosen face that its intrinsic gates read. */
export type GatedFace = Pick<AnalyzedFace, 'pose' | 'eyes' | 'quality'>;

/** One frame as the gates see it. */
export interface GuidanceInput {
  readonly faces: readonly DetectedFace[];
  readonly chosen: (GatedFace & Pick<AnalyzedFace, 'box'>) | null;
  /** Motion since the previous frame (see `faceMotion`), null on the first frame. */
  readonly motion: number | null;
}

/** What to tell the worker: nothing (the frame is good) or exactly one instruction. */
export type Guidance =
  { readonly kind: 'ok' } | { readonly kind: 'instruct'; readonly key: GuidanceKey };

/** Displacement of the face centre between two frames, over the frame height. */
export function faceMotion(
  previous: DetectedFace,
  current: DetectedFace,
  frameHeight: number,
): number {
  const centre = ({ box }: DetectedFace) =>
    [box.x + box.width / 2, box.y + box.height / 2] as const;
  const [px, py] = centre(previous);
  const [cx, cy] = centre(current);
  return Math.hypot(cx - px, cy - py) / frameHeight;
}

/**
 * The gates that judge the face itself rather than where it sits in the camera's view: head
 * turned, eyes closed, too dark, too blurred, in the order the kiosk checks them. They apply to any
 * photo, not only a kiosk frame.
 */
export const FACE_GATES = ['pose', 'eyes', 'brightness', 'sharpness'] as const;

/** One of the intrinsic gates. */
export type FaceGate = (typeof FACE_GATES)[number];

/** Every intrinsic gate the face fails, in the order the worker hears them. */
export function failedFaceGates(
  face: GatedFace,
  limits: GuidanceThresholds = DEFAULT_GUIDANCE,
): FaceGate[] {
  const { quality, pose, eyes } = face;
  const failed: FaceGate[] = [];
  if (Math.abs(pose.yaw) > limits.maxYaw || Math.abs(pose.pitch) > limits.maxPitch)
    failed.push('pose');
  if (Math.min(eyes.leftOpen, eyes.rightOpen) < limits.minEyeOpen) failed.push('eyes');
  if (quality.brightness < limits.minBrightness) failed.push('brightness');
  if (quality.sharpness < limits.minSharpness) failed.push('sharpness');
  return failed;
}

// Closed eyes are asked to look at the camera: the screens have no separate open-your-eyes line.
const GATE_KEYS: Readonly<Record<FaceGate, GuidanceKey>> = {
  pose: 'look-at-camera',
  eyes: 'look-at-camera',
  brightness: 'more-light',
  sharpness: 'hold-still',
};

/** The single most important instruction for this frame, or ok. */
export function chooseGuidance(
  input: GuidanceInput,
  limits: GuidanceThresholds = DEFAULT_GUIDANCE,
): Guidance {
  const { chosen } = input;
  const instruct = (key: GuidanceKey): Guidance => ({ kind: 'instruct', key });
  if (!chosen) return instruct('center-face');
  const people = input.faces.filter(
    (face) => face.box.height >= chosen.box.height * limits.secondFaceRatio,
  );
  if (people.length > 1) return instruct('one-person-only');
  const { quality } = chosen;
  if (
    Math.abs(quality.offsetX) > limits.maxOffset ||
    Math.abs(quality.offsetY) > limits.maxOffset
  ) {
    return instruct('center-face');
  }
  if (quality.faceHeight < limits.minFaceHeight) return instruct('come-closer');
  if (quality.faceHeight > limits.maxFaceHeight) return instruct('move-back');
  const [gate] = failedFaceGates(chosen, limits);
  if (gate) return instruct(GATE_KEYS[gate]);
  if ((input.motion ?? 0) > limits.maxMotion) return instruct('hold-still');
  return { kind: 'ok' };
}
