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
function rectToOutput(rect: Rect, width: number, height: number): Affine {
  const sx = rect.width / width;
  const sy = rect.height / height;
  // Pixel centres: output centre x+0.5 lands on rect.x + (x+0.5)·sx in continuous coordinates.
  return [sx, 0, rect.x + 0.5 * sx - 0.5, 0, sy, rect.y + 0.5 * sy - 0.5];
}

/** Bilinear blend of the four neighbours p00, p01 (right), p10 (below), p11 into out[o..o+2]. */
function blend(
  data: Uint8Array,
  out: Uint8Array,
  o: number,
  p00: number,
  p01: number,
  p10: number,
  p11: number,
  wx: number,
  wy: number,
): void {
  for (let k = 0; k < 3; k += 1) {
    const top =
      (data[p00 + k] as number) + ((data[p01 + k] as number) - (data[p00 + k] as number)) * wx;
    const bottom =
      (data[p10 + k] as number) + ((data[p11 + k] as number) - (data[p10 + k] as number)) * wx;
    // +0.5 then the Uint8Array's truncation rounds to nearest (values are never negative).
    out[o + k] = top + (bottom - top) * wy + 0.5;
  }
}

/** Per output position along one axis: the two source neighbours, the weight, and whether it is inside. */
function axisSamples(scale: number, offset: number, count: number, size: number) {
  const first = new Int32Array(count);
  const second = new Int32Array(count);
  const weight = new Float32Array(count);
  const inside = new Uint8Array(count);
  for (let i = 0; i < count; i += 1) {
    const f = scale * i + offset;
    if (f < -0.5 || f > size - 0.5) continue;
    // Inside the image, clamp to the border pixels so the outermost half pixel is not darkened.
    const i0 = Math.min(Math.max(Math.floor(f), 0), size - 1);
    first[i] = i0;
    second[i] = Math.min(i0 + 1, size - 1);
    weight[i] = Math.min(Math.max(f - i0, 0), 1);
    inside[i] = 1;
  }
  return { first, second, weight, inside };
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
  const out = new Uint8Array(width * height * 3).fill(fill);
  const { width: sw, height: sh, data } = src;
  if (b === 0 && d === 0) {
    // Scale and shift only (letterbox, crops, resizes): the samples separate into columns and rows.
    const xs = axisSamples(a, c, width, sw);
    const ys = axisSamples(e, f, height, sh);
    for (let y = 0; y < height; y += 1) {
      if (!ys.inside[y]) continue;
      const row0 = (ys.first[y] as number) * sw;
      const row1 = (ys.second[y] as number) * sw;
      const wy = ys.weight[y] as number;
      for (let x = 0; x < width; x += 1) {
        if (!xs.inside[x]) continue;
        const x0 = xs.first[x] as number;
        const x1 = xs.second[x] as number;
        blend(
          data,
          out,
          (y * width + x) * 3,
          (row0 + x0) * 3,
          (row0 + x1) * 3,
          (row1 + x0) * 3,
          (row1 + x1) * 3,
          xs.weight[x] as number,
          wy,
        );
      }
    }
    return { width, height, data: out };
  }
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const fx = a * x + b * y + c;
      const fy = d * x + e * y + f;
      if (fx < -0.5 || fy < -0.5 || fx > sw - 0.5 || fy > sh - 0.5) continue;
      const x0 = Math.min(Math.max(Math.floor(fx), 0), sw - 1);
      const y0 = Math.min(Math.max(Math.floor(fy), 0), sh - 1);
      const x1 = Math.min(x0 + 1, sw - 1);
      const y1 = Math.min(y0 + 1, sh - 1);
      const wx = Math.min(Math.max(fx - x0, 0), 1);
      const wy = Math.min(Math.max(fy - y0, 0), 1);
      blend(
        data,
        out,
        (y * width + x) * 3,
        (y0 * sw + x0) * 3,
        (y0 * sw + x1) * 3,
        (y1 * sw + x0) * 3,
        (y1 * sw + x1) * 3,
        wx,
        wy,
      );
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
