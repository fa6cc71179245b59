/** The detection stage: letterboxed input, one model run, decoded faces in frame pixels. */
import type { RgbImage } from '../photo/rgb-image';
import { decodeDetections, type DetectedFace } from './detection-decode';
import { warpAffine } from './image-warp';
import { toInputTensor } from './input-tensor';
import { letterboxInverse, letterboxOf } from './letterbox';
import type { ModelRegistry } from './model-registry';

/** The detector input for a frame, and where the frame sits in it. */
function detectorInput(frame: RgbImage, registry: Pick<ModelRegistry, 'manifest'>) {
  const { preprocessing: spec } = registry.manifest.models.detector;
  if (spec.crop.kind !== 'letterbox')
    throw new Error(`Detector crop ${spec.crop.kind} is not supported`);
  const letterbox = letterboxOf(frame.width, frame.height, spec.width, spec.height);
  const image = warpAffine(
    frame,
    letterboxInverse(letterbox),
    spec.width,
    spec.height,
    spec.crop.fill,
  );
  return { letterbox, image, tensor: toInputTensor(image, spec) };
}

/** Finds the faces in a frame, best first, and the pure model time. */
export async function detectFaces(
  frame: RgbImage,
  registry: ModelRegistry,
): Promise<{ faces: DetectedFace[]; modelMs: number }> {
  const { decoding, preprocessing, outputs } = registry.manifest.models.detector;
  const { letterbox, tensor } = detectorInput(frame, registry);
  const run = await registry.run('detector', tensor);
  const scores = run.outputs[decoding.scoresOutput];
  const boxes = run.outputs[decoding.boxesOutput];
  if (!scores || !boxes) throw new Error('Detector outputs missing');
  const classes = outputs.find((o) => o.name === decoding.scoresOutput)?.shape.at(-1) ?? 2;
  const spec = {
    faceClass: decoding.faceClass,
    classes,
    scoreThreshold: decoding.scoreThreshold,
    nmsIou: decoding.nmsIou,
    inputWidth: preprocessing.width,
    inputHeight: preprocessing.height,
  };
  return { faces: decodeDetections(scores, boxes, spec, letterbox, frame), modelMs: run.ms };
}
