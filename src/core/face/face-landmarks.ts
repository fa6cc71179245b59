/** The landmark stage: a square grey crop on the face box, 68 points back in frame pixels. */
import type { RgbImage } from '../photo/rgb-image';
import { cropResize, type Rect } from './image-warp';
import { toInputTensor } from './input-tensor';
import type { ModelRegistry } from './model-registry';

/** A point in frame pixels (continuous coordinates: the top-left pixel spans 0..1). */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** The square crop the landmark model sees: centred on the box, side = box height × factor. */
function landmarkCrop(box: Rect, sideOfBoxHeight: number): Rect {
  const side = box.height * sideOfBoxHeight;
  return {
    x: box.x + box.width / 2 - side / 2,
    y: box.y + box.height / 2 - side / 2,
    width: side,
    height: side,
  };
}

/** Maps the model's crop fractions (x0, y0, x1, y1, ...) to frame points. */
function decodeLandmarks(output: Float32Array, crop: Rect, points: number): Point[] {
  const out: Point[] = [];
  for (let i = 0; i < points; i += 1) {
    out.push({
      x: crop.x + (output[2 * i] as number) * crop.width,
      y: crop.y + (output[2 * i + 1] as number) * crop.height,
    });
  }
  return out;
}

/** The 68 landmarks of the face in `box`, and the pure model time. */
export async function locateLandmarks(
  frame: RgbImage,
  box: Rect,
  registry: ModelRegistry,
): Promise<{ points: Point[]; modelMs: number }> {
  const { preprocessing: spec, decoding } = registry.manifest.models.landmarks;
  if (spec.crop.kind !== 'square-on-box')
    throw new Error(`Landmark crop ${spec.crop.kind} is not supported`);
  const crop = landmarkCrop(box, spec.crop.sideOfBoxHeight);
  const image = cropResize(frame, crop, spec.width, spec.height);
  const run = await registry.run('landmarks', toInputTensor(image, spec));
  const output = run.outputs[decoding.output];
  if (!output) throw new Error('Landmark output missing');
  return { points: decodeLandmarks(output, crop, decoding.points), modelMs: run.ms };
}
