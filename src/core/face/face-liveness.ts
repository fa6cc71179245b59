/**
 * The passive liveness stage: crops around the face, one model run each, probability of a live
 * face. The model's own crop (the manifest's scale, 2.7 face boxes) gives the score the session
 * refuses by; a tight and a wide crop beside it give the cross-crop score the session trusts
 * speech by. A screen shows in them as a live face does not: its texture fills the tight crop and
 * its bezel the wide one (docs/accuracy.md, "Cross-crop passive score").
 */
import type { RgbImage } from '../photo/rgb-image';
import { softmax } from './class-scores';
import { cropResize, type Rect } from './image-warp';
import { toInputTensor } from './input-tensor';
import type { ModelRegistry } from './model-registry';
import { scaledBoxInFrame } from './scaled-box';

/** The crops besides the model's own, in face-box sides about the box centre (set in docs/accuracy.md). */
const EXTRA_LIVENESS_SCALES: readonly number[] = [2.0, 4.0];

/** One face's passive scores: the model's crop, and the mean over every crop. */
export interface PassiveScores {
  /** Probability (0..1) of a live face at the model's own crop. */
  readonly live: number;
  /** Mean live probability over the model's crop and EXTRA_LIVENESS_SCALES. */
  readonly acrossCrops: number;
  /** Pure model time of every run. */
  readonly modelMs: number;
}

/** Probability that the face in `box` is live, cropped at `scale` face-box sides, and the model time. */
async function liveAtScale(
  frame: RgbImage,
  box: Rect,
  scale: number,
  registry: ModelRegistry,
): Promise<{ live: number; ms: number }> {
  const { preprocessing: spec, decoding } = registry.manifest.models.liveness;
  const crop = cropResize(frame, scaledBoxInFrame(box, scale, frame), spec.width, spec.height);
  const run = await registry.run('liveness', toInputTensor(crop, spec));
  const logits = run.outputs[decoding.output];
  if (!logits) throw new Error('Liveness output missing');
  return { live: softmax(logits)[decoding.liveClass] ?? 0, ms: run.ms };
}

/** The passive scores of the face in `box`. */
export async function scoreLiveness(
  frame: RgbImage,
  box: Rect,
  registry: ModelRegistry,
): Promise<PassiveScores> {
  const { crop } = registry.manifest.models.liveness.preprocessing;
  if (crop.kind !== 'scaled-box') throw new Error(`Liveness crop ${crop.kind} is not supported`);
  const runs: { live: number; ms: number }[] = [];
  for (const scale of [crop.scale, ...EXTRA_LIVENESS_SCALES])
    runs.push(await liveAtScale(frame, box, scale, registry));
  const own = runs[0] as { live: number };
  return {
    live: own.live,
    acrossCrops: runs.reduce((sum, run) => sum + run.live, 0) / runs.length,
    modelMs: runs.reduce((sum, run) => sum + run.ms, 0),
  };
}
