/**
 * The one resampling primitive of the engine: an affine warp with bilinear sampling. Letterbox,
 * crops, resizes and the similarity alignment are all this warp with a different matrix.
 */
import type { RgbImage } from '../photo/rgb-image';

/**
 * Maps an output pixel centre (x, y) to the source position (a·x + b·y + c, d·x + e·y + f), in
 * pixel-centre coordinates of both images.
 */
export type Affine = readonly [a: number, b: number, c: number, d: number, e: number, f: number];

/** An axis-aligned rectangle in pixels (may extend beyond its image). */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The inverse map that resamples `rect` of a source onto a `width`×`height` output (stretching). */
export function rectToOutput(rect: Rect, width: number, height: number): Affine {
  const sx = rect.width / width;
  const sy = rect.height / height;
  // Pixel centres: output centre x+0.5 lands on rect.x + (x+0.5)·sx in continuous coordinates.
  return [sx, 0, rect.x + 0.5 * sx - 0.5, 0, sy, rect.y + 0.5 * sy - 0.5];
}

/** Resamples `src` through the inverse map; positions outside the source take the `fill` grey. */
export function warpAffine(
  src: RgbImage,
  inverse: Affine,
  width: number,
  height: number,
  fill = 0,
): RgbImage {
  const [a, b, c, d, e, f] = inverse;
  const out = new Uint8Array(width * height * 3);
  const { width: sw, height: sh, data } = src;
  let o = 0;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1, o += 3) {
      const fx = a * x + b * y + c;
      const fy = d * x + e * y + f;
      if (fx < -0.5 || fy < -0.5 || fx > sw - 0.5 || fy > sh - 0.5) {
        out[o] = fill;
        out[o + 1] = fill;
        out[o + 2] = fill;
        continue;
      }
      // Inside the image, clamp to the border pixels so the outermost half pixel is not darkened.
      const x0 = Math.min(Math.max(Math.floor(fx), 0), sw - 1);
      const y0 = Math.min(Math.max(Math.floor(fy), 0), sh - 1);
      const x1 = Math.min(x0 + 1, sw - 1);
      const y1 = Math.min(y0 + 1, sh - 1);
      const wx = Math.min(Math.max(fx - x0, 0), 1);
      const wy = Math.min(Math.max(fy - y0, 0), 1);
      const p00 = (y0 * sw + x0) * 3;
      const p01 = (y0 * sw + x1) * 3;
      const p10 = (y1 * sw + x0) * 3;
      const p11 = (y1 * sw + x1) * 3;
      for (let k = 0; k < 3; k += 1) {
        const top = (data[p00 + k] as number) * (1 - wx) + (data[p01 + k] as number) * wx;
        const bottom = (data[p10 + k] as number) * (1 - wx) + (data[p11 + k] as number) * wx;
        out[o + k] = Math.round(top * (1 - wy) + bottom * wy);
      }
    }
  }
  return { width, height, data: out };
}

/** Crops `rect` (stretched) to `width`×`height`. */
export const cropResize = (
  src: RgbImage,
  rect: Rect,
  width: number,
  height: number,
  fill = 0,
): RgbImage => warpAffine(src, rectToOutput(rect, width, height), width, height, fill);

/** The image mirrored left to right. */
export function mirror(src: RgbImage): RgbImage {
  const { width, height } = src;
  return warpAffine(src, [-1, 0, width - 1, 0, 1, 0], width, height);
}
