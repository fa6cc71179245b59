/** Fits a frame into the detector's input without distorting it: scaled to fit, centred, borders filled. */
import type { Affine } from './image-warp';

/** Where the frame lands inside the detector input. */
export interface Letterbox {
  readonly scale: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

/** The letterbox of a `width`×`height` frame in a `targetWidth`×`targetHeight` input. */
export function letterboxOf(
  width: number,
  height: number,
  targetWidth: number,
  targetHeight: number,
): Letterbox {
  const scale = Math.min(targetWidth / width, targetHeight / height);
  return {
    scale,
    offsetX: (targetWidth - width * scale) / 2,
    offsetY: (targetHeight - height * scale) / 2,
  };
}

/** The inverse map (input pixel centre → frame pixel centre) that draws the letterboxed input. */
export function letterboxInverse({ scale, offsetX, offsetY }: Letterbox): Affine {
  const k = 1 / scale;
  return [k, 0, (0.5 - offsetX) * k - 0.5, 0, k, (0.5 - offsetY) * k - 0.5];
}

/** Maps a point in continuous input coordinates back to continuous frame coordinates. */
export const fromLetterbox = ({ scale, offsetX, offsetY }: Letterbox, x: number, y: number) => ({
  x: (x - offsetX) / scale,
  y: (y - offsetY) / scale,
});
