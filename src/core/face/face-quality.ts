/** Image-quality measures of the chosen face, the inputs of the guidance gates. */
import type { RgbImage } from '../photo/rgb-image';
import type { Rect } from './image-warp';
import { luma } from './input-tensor';

/** Quality of the chosen face in one frame; sizes and offsets are fractions of the frame. */
export interface FaceQuality {
  /** Variance of the 4-neighbour Laplacian of the aligned face's grey levels: low = blurred. */
  readonly sharpness: number;
  /** Mean grey level (0..255) of the aligned face. */
  readonly brightness: number;
  /** Face box height / frame height. */
  readonly faceHeight: number;
  /** Box centre minus frame centre, over frame width and height (-0.5..0.5). */
  readonly offsetX: number;
  readonly offsetY: number;
}

/** Grey levels of an image. */
function greyOf(image: RgbImage): Float32Array {
  const out = new Float32Array(image.width * image.height);
  for (let i = 0; i < out.length; i += 1) {
    out[i] = luma(
      image.data[i * 3] as number,
      image.data[i * 3 + 1] as number,
      image.data[i * 3 + 2] as number,
    );
  }
  return out;
}

/** Variance of the Laplacian over the interior pixels (the usual focus measure). */
function laplacianVariance(image: RgbImage): number {
  const { width, height } = image;
  const grey = greyOf(image);
  let sum = 0;
  let sumSquares = 0;
  let n = 0;
  for (let y = 1; y < height - 1; y += 1) {
    for (let x = 1; x < width - 1; x += 1) {
      const i = y * width + x;
      const v =
        (grey[i - 1] as number) +
        (grey[i + 1] as number) +
        (grey[i - width] as number) +
        (grey[i + width] as number) -
        4 * (grey[i] as number);
      sum += v;
      sumSquares += v * v;
      n += 1;
    }
  }
  return n === 0 ? 0 : sumSquares / n - (sum / n) ** 2;
}

/** Mean grey level of an image. */
const meanBrightness = (image: RgbImage): number =>
  greyOf(image).reduce((a, b) => a + b, 0) / (image.width * image.height);

/** The quality of a face given its box in the frame and its aligned crop. */
export function measureQuality(
  frame: { width: number; height: number },
  box: Rect,
  aligned: RgbImage,
): FaceQuality {
  return {
    sharpness: laplacianVariance(aligned),
    brightness: meanBrightness(aligned),
    faceHeight: box.height / frame.height,
    offsetX: (box.x + box.width / 2) / frame.width - 0.5,
    offsetY: (box.y + box.height / 2) / frame.height - 0.5,
  };
}
