/** The eye-state stage: each eye cropped from the 68 landmarks, probability that it is open. */
import type { RgbImage } from '../photo/rgb-image';
import { softmax } from './class-scores';
import type { Point } from './face-landmarks';
import { cropResize, type Rect } from './image-warp';
import { toInputTensor } from './input-tensor';
import type { ModelRegistry } from './model-registry';

/** Probability (0..1) that each eye is open; left = the eye on the left of the image. */
export interface EyeState {
  readonly leftOpen: number;
  readonly rightOpen: number;
}

/** Square crop around one eye: centre of its lid points, side = corner-to-corner width × factor. */
function eyeSquare(landmarks: readonly Point[], first: number, sideOfEyeWidth: number): Rect {
  const at = (i: number) => landmarks[first + i] as Point;
  const lids = [at(1), at(2), at(4), at(5)];
  const cx = lids.reduce((s, p) => s + p.x, 0) / 4;
  const cy = lids.reduce((s, p) => s + p.y, 0) / 4;
  const side = Math.max(1, Math.hypot(at(3).x - at(0).x, at(3).y - at(0).y) * sideOfEyeWidth);
  return { x: cx - side / 2, y: cy - side / 2, width: side, height: side };
}

/** Open-eye probabilities for a face's 68 landmarks, and the pure model time. */
export async function estimateEyeState(
  frame: RgbImage,
  landmarks: readonly Point[],
  registry: ModelRegistry,
): Promise<{ eyes: EyeState; modelMs: number }> {
  const { preprocessing: spec, decoding } = registry.manifest.models.eyes;
  if (spec.crop.kind !== 'eye-square')
    throw new Error(`Eye crop ${spec.crop.kind} is not supported`);
  const crop = spec.crop;
  let modelMs = 0;
  const openness = async (first: number) => {
    const image = cropResize(
      frame,
      eyeSquare(landmarks, first, crop.sideOfEyeWidth),
      spec.width,
      spec.height,
    );
    const run = await registry.run('eyes', toInputTensor(image, spec));
    modelMs += run.ms;
    const logits = run.outputs[decoding.output];
    if (!logits) throw new Error('Eye output missing');
    return softmax(logits)[decoding.openClass] ?? 0;
  };
  // Points 36-41 outline the eye on the image's left, 42-47 the other one.
  return { eyes: { leftOpen: await openness(36), rightOpen: await openness(42) }, modelMs };
}
