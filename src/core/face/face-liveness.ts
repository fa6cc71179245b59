/** The passive liveness stage: a wide crop around the face, one model run, probability of a live face. */
import type { RgbImage } from '../photo/rgb-image';
import { softmax } from './class-scores';
import { cropResize, type Rect } from './image-warp';
import { toInputTensor } from './input-tensor';
import type { ModelRegistry } from './model-registry';
import { scaledBoxInFrame } from './scaled-box';

/** The liveness model's input image for a face box. */
function livenessInput(
  frame: RgbImage,
  box: Rect,
  registry: Pick<ModelRegistry, 'manifest'>,
): RgbImage {
  const { preprocessing: spec } = registry.manifest.models.liveness;
  if (spec.crop.kind !== 'scaled-box')
    throw new Error(`Liveness crop ${spec.crop.kind} is not supported`);
  return cropResize(frame, scaledBoxInFrame(box, spec.crop.scale, frame), spec.width, spec.height);
}

/** Probability (0..1) that the face in `box` is live, and the pure model time. */
export async function scoreLiveness(
  frame: RgbImage,
  box: Rect,
  registry: ModelRegistry,
): Promise<{ live: number; modelMs: number }> {
  const { preprocessing: spec, decoding } = registry.manifest.models.liveness;
  const run = await registry.run(
    'liveness',
    toInputTensor(livenessInput(frame, box, registry), spec),
  );
  const logits = run.outputs[decoding.output];
  if (!logits) throw new Error('Liveness output missing');
  return { live: softmax(logits)[decoding.liveClass] ?? 0, modelMs: run.ms };
}
