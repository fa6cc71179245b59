/** The head-pose stage: yaw, pitch and roll in degrees from a crop around the face box. */
import type { RgbImage } from '../photo/rgb-image';
import { binnedExpectation } from './class-scores';
import { cropResize, type Rect } from './image-warp';
import { toInputTensor } from './input-tensor';
import type { ModelRegistry } from './model-registry';
import { scaledBoxInFrame } from './scaled-box';

/** Head rotation in degrees (0,0,0 = facing the camera); yaw sign is the model's convention. */
export interface HeadPose {
  readonly yaw: number;
  readonly pitch: number;
  readonly roll: number;
}

/** The head pose of the face in `box`, and the pure model time. */
export async function estimateHeadPose(
  frame: RgbImage,
  box: Rect,
  registry: ModelRegistry,
): Promise<{ pose: HeadPose; modelMs: number }> {
  const { preprocessing: spec, decoding: d } = registry.manifest.models.pose;
  if (spec.crop.kind !== 'scaled-box')
    throw new Error(`Pose crop ${spec.crop.kind} is not supported`);
  const image = cropResize(
    frame,
    scaledBoxInFrame(box, spec.crop.scale, frame),
    spec.width,
    spec.height,
  );
  const run = await registry.run('pose', toInputTensor(image, spec));
  const angle = (name: string) => {
    const logits = run.outputs[name];
    if (!logits) throw new Error(`Pose output ${name} missing`);
    return binnedExpectation(logits, d.firstBinDegrees, d.binDegrees);
  };
  return {
    pose: { yaw: angle(d.yawOutput), pitch: angle(d.pitchOutput), roll: angle(d.rollOutput) },
    modelMs: run.ms,
  };
}
