/**
 * Non-rigid facial motion from the 68 landmarks and the eye-state model: how open the mouth and
 * the eyes are, as ratios of the face's own lengths. Moving, zooming, rolling or tilting a photo
 * changes these ratios only by landmark noise and foreshortening; speech and blinks change them a
 * lot. docs/accuracy.md gives the measured noise floor of photos and the live margins.
 */
import type { EyeState } from './eye-state';
import type { Point } from './face-landmarks';
import { median, medianFiltered } from './median-filter';

/** The shape measurements of one frame. */
export interface FaceShape {
  /** Inner-lip gap over the eye-to-mouth distance. */
  readonly mouthOpen: number;
  /** Eye aspect ratio (lid gap over eye width), both eyes averaged. */
  readonly eyeAspect: number;
  /** The eye-state model's open probability of the less open eye. */
  readonly eyesOpen: number;
}

/** What the shape evidence of a window of frames says. */
export interface ShapeEvidence {
  /** Largest minus smallest mouth opening in the window. */
  readonly mouthRange: number;
  /**
   * Deepest eye-aspect dip below the window's median, relative to it, counted only when the eye
   * model also saw the eyes both closed and open in the window; 0 otherwise.
   */
  readonly blinkDip: number;
}

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
const mean = (points: readonly Point[]): Point => ({
  x: points.reduce((s, p) => s + p.x, 0) / points.length,
  y: points.reduce((s, p) => s + p.y, 0) / points.length,
});
const at = (landmarks: readonly Point[], i: number) => landmarks[i] as Point;

/** Lid gap over corner-to-corner width of the eye outlined by points first..first+5. */
function eyeAspect(landmarks: readonly Point[], first: number): number {
  const p = (i: number) => at(landmarks, first + i);
  const width = distance(p(0), p(3));
  return width > 0 ? (distance(p(1), p(5)) + distance(p(2), p(4))) / (2 * width) : 0;
}

/** The shape of one frame's face. */
export function faceShape(landmarks: readonly Point[], eyes: EyeState): FaceShape {
  const p = (i: number) => at(landmarks, i);
  const eyeCentre = mean([p(36), p(39), p(42), p(45)]);
  const mouthCentre = mean([p(48), p(54)]);
  const eyeToMouth = distance(eyeCentre, mouthCentre);
  const lipGap = (distance(p(61), p(67)) + distance(p(62), p(66)) + distance(p(63), p(65))) / 3;
  return {
    mouthOpen: eyeToMouth > 0 ? lipGap / eyeToMouth : 0,
    eyeAspect: (eyeAspect(landmarks, 36) + eyeAspect(landmarks, 42)) / 2,
    eyesOpen: Math.min(eyes.leftOpen, eyes.rightOpen),
  };
}

/** The evidence of a window of consecutive frames of one face. */
export function shapeEvidence(
  window: readonly FaceShape[],
  eyeModel: { readonly closedBelow: number; readonly openAbove: number },
): ShapeEvidence {
  if (window.length === 0) return { mouthRange: 0, blinkDip: 0 };
  const mouth = medianFiltered(window.map((s) => s.mouthOpen));
  const aspect = medianFiltered(window.map((s) => s.eyeAspect));
  const open = window.map((s) => s.eyesOpen);
  const blinkSeen =
    Math.min(...open) < eyeModel.closedBelow && Math.max(...open) > eyeModel.openAbove;
  const typical = median(aspect);
  return {
    mouthRange: Math.max(...mouth) - Math.min(...mouth),
    blinkDip: blinkSeen && typical > 0 ? (typical - Math.min(...aspect)) / typical : 0,
  };
}
