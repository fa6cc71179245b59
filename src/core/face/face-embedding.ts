/** The embedding stage: five-point alignment onto the template, one model run, L2-normalised vector. */
import type { RgbImage } from '../photo/rgb-image';
import { l2Normalize } from './match/embedding-math';
import type { Point } from './face-landmarks';
import { mirror, warpAffine } from './image-warp';
import { toInputTensor } from './input-tensor';
import type { ModelRegistry } from './model-registry';
import { alignedCropInverse, fitSimilarity, fivePoints } from './similarity-alignment';

/** The aligned face crop (the embedding model's input size) for 68 landmarks. */
export function alignFace(
  frame: RgbImage,
  landmarks: readonly Point[],
  registry: Pick<ModelRegistry, 'manifest'>,
): RgbImage {
  const { preprocessing: spec } = registry.manifest.models.embedding;
  if (spec.crop.kind !== 'similarity-aligned')
    throw new Error(`Embedding crop ${spec.crop.kind} is not supported`);
  const template = spec.crop.template.map(([x, y]) => ({ x, y }));
  const similarity = fitSimilarity(fivePoints(landmarks), template);
  return warpAffine(frame, alignedCropInverse(similarity), spec.width, spec.height);
}

/**
 * The L2-normalised embedding of an aligned face. With `flip`, the mirrored crop's raw output is
 * added before normalising (test-time augmentation; whether it helps is measured by the evaluation).
 */
export async function embedAlignedFace(
  aligned: RgbImage,
  registry: ModelRegistry,
  flip = false,
): Promise<{ embedding: Float32Array; modelMs: number }> {
  const { preprocessing: spec, decoding } = registry.manifest.models.embedding;
  const first = await registry.run('embedding', toInputTensor(aligned, spec));
  const raw = first.outputs[decoding.output];
  if (!raw || raw.length !== decoding.dimension)
    throw new Error('Embedding output missing or of the wrong size');
  if (!flip) return { embedding: l2Normalize(raw), modelMs: first.ms };
  const second = await registry.run('embedding', toInputTensor(mirror(aligned), spec));
  const mirrored = second.outputs[decoding.output] as Float32Array;
  const sum = raw.map((v, i) => v + (mirrored[i] as number));
  return { embedding: l2Normalize(sum), modelMs: first.ms + second.ms };
}
