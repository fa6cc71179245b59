/** Turns a prepared RGB image into a model's input tensor: channel order and normalisation from the manifest. */
import type { RgbImage } from '../photo/rgb-image';
import type { Preprocessing } from './model-manifest';

/** ITU-R BT.601 luma, the grey conversion the landmark and eye models were trained with. */
export const luma = (r: number, g: number, b: number): number => 0.299 * r + 0.587 * g + 0.114 * b;

/** Planar NCHW float tensor of `image` per `spec`: value = (pixel - mean[c]) / std[c]. */
export function toInputTensor(image: RgbImage, spec: Preprocessing): Float32Array {
  if (image.width !== spec.width || image.height !== spec.height) {
    throw new RangeError(
      `Input is ${image.width}x${image.height}, the model wants ${spec.width}x${spec.height}`,
    );
  }
  const plane = spec.width * spec.height;
  const { data } = image;
  if (spec.channels === 'grey') {
    const out = new Float32Array(plane);
    const mean = spec.mean[0] ?? 0;
    const std = spec.std[0] ?? 1;
    for (let i = 0; i < plane; i += 1) {
      const p = i * 3;
      out[i] = (luma(data[p] as number, data[p + 1] as number, data[p + 2] as number) - mean) / std;
    }
    return out;
  }
  // Source channel feeding tensor channel c: RGB keeps 0,1,2; BGR reads 2,1,0.
  const order = spec.channels === 'rgb' ? [0, 1, 2] : [2, 1, 0];
  const out = new Float32Array(plane * 3);
  for (let c = 0; c < 3; c += 1) {
    const source = order[c] as number;
    const mean = spec.mean[c] ?? 0;
    const std = spec.std[c] ?? 1;
    const base = c * plane;
    for (let i = 0; i < plane; i += 1)
      out[base + i] = ((data[i * 3 + source] as number) - mean) / std;
  }
  return out;
}
