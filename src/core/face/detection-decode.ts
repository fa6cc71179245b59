/** Turns the detector's raw outputs into face boxes: threshold, greedy non-maximum suppression, frame coordinates. */
import type { Rect } from './image-warp';
import { fromLetterbox, type Letterbox } from './letterbox';

/** A face found in a frame: its box in frame pixels and the detector's confidence. */
export interface DetectedFace {
  readonly box: Rect;
  readonly score: number;
}

/** What the decoder needs to know about the detector. */
export interface DecodeSpec {
  readonly faceClass: number;
  readonly classes: number;
  readonly scoreThreshold: number;
  readonly nmsIou: number;
  /** Detector input size: boxes come as corner fractions of it. */
  readonly inputWidth: number;
  readonly inputHeight: number;
}

/** Intersection over union of two rectangles. */
export function iou(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (w <= 0 || h <= 0) return 0;
  const inter = w * h;
  return inter / (a.width * a.height + b.width * b.height - inter);
}

/** Index of the face with the largest box: the person at the kiosk, not one passing behind (-1 if none). */
export function largestFace(faces: readonly DetectedFace[]): number {
  let best = -1;
  let bestArea = -1;
  faces.forEach(({ box }, i) => {
    if (box.width * box.height > bestArea) {
      best = i;
      bestArea = box.width * box.height;
    }
  });
  return best;
}

/** Greedy NMS: highest score first, dropping every box that overlaps a kept one by more than `threshold`. */
export function nonMaxSuppression(
  faces: readonly DetectedFace[],
  threshold: number,
): DetectedFace[] {
  const kept: DetectedFace[] = [];
  for (const face of [...faces].sort((a, b) => b.score - a.score)) {
    if (kept.every((other) => iou(other.box, face.box) <= threshold)) kept.push(face);
  }
  return kept;
}

/** Decodes `scores` [N, classes] and corner-form `boxes` [N, 4] into faces in frame pixels, best first. */
export function decodeDetections(
  scores: Float32Array,
  boxes: Float32Array,
  spec: DecodeSpec,
  letterbox: Letterbox,
  frame: { readonly width: number; readonly height: number },
): DetectedFace[] {
  const candidates: DetectedFace[] = [];
  const count = boxes.length / 4;
  for (let i = 0; i < count; i += 1) {
    const score = scores[i * spec.classes + spec.faceClass] as number;
    if (score < spec.scoreThreshold) continue;
    const a = fromLetterbox(
      letterbox,
      (boxes[i * 4] as number) * spec.inputWidth,
      (boxes[i * 4 + 1] as number) * spec.inputHeight,
    );
    const b = fromLetterbox(
      letterbox,
      (boxes[i * 4 + 2] as number) * spec.inputWidth,
      (boxes[i * 4 + 3] as number) * spec.inputHeight,
    );
    // The model does not clip its boxes; clip to the frame so sizes and crops stay meaningful.
    const x1 = Math.max(0, a.x);
    const y1 = Math.max(0, a.y);
    const x2 = Math.min(frame.width, b.x);
    const y2 = Math.min(frame.height, b.y);
    if (x2 <= x1 || y2 <= y1) continue;
    candidates.push({ box: { x: x1, y: y1, width: x2 - x1, height: y2 - y1 }, score });
  }
  return nonMaxSuppression(candidates, spec.nmsIou);
}
