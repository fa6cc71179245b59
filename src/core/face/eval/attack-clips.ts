/**
 * Synthetic photo-attack clips: a printed photo held in front of the camera, as a camera would see
 * it frame after frame. The print is one frame of a live clip (or a portrait) on paper; `still`
 * leaves it on a stand, `planar` moves, zooms and rolls it in the image plane, `tilt` turns it in
 * perspective about both axes as a hand does. Deterministic for a seed.
 */
import type { RgbImage } from '../../photo/rgb-image';
import { seededRandom } from '../../seeded-random';
import type { Point } from '../face-landmarks';
import { fitHomography } from './homography-fit';
import { simulatePrint } from './attack-synthesis';

/** The photo attacks made by code. */
export type PhotoAttackKind = 'still' | 'planar' | 'tilt';

/** Every photo attack kind, in report order. */
export const PHOTO_ATTACK_KINDS: readonly PhotoAttackKind[] = ['still', 'planar', 'tilt'];

/** The print's pose in one frame: in-plane shift (px), zoom, roll and the plane's yaw/pitch (radians). */
interface PrintPose {
  readonly dx: number;
  readonly dy: number;
  readonly zoom: number;
  readonly roll: number;
  readonly yaw: number;
  readonly pitch: number;
}

/** Focal length of the simulated camera in pixels (about a 60° horizontal field at 640 px). */
const FOCAL_PX = 550;

/** The pose of the print at time `t` seconds; a hand's tremor rides on every kind. */
function poseAt(kind: PhotoAttackKind, t: number, tremor: () => number): PrintPose {
  const shake = () => (tremor() - 0.5) * 0.6;
  const base = { dx: shake(), dy: shake(), zoom: 1, roll: 0, yaw: 0, pitch: 0 };
  const w = 2 * Math.PI * t;
  switch (kind) {
    case 'still':
      return base;
    case 'planar':
      return {
        ...base,
        dx: base.dx + 30 * Math.sin(w / 2.5),
        dy: base.dy + 12 * Math.sin(w / 1.7),
        zoom: 1 + 0.08 * Math.sin(w / 3),
        roll: (8 * Math.PI * Math.sin(w / 2.2)) / 180,
      };
    case 'tilt':
      return {
        ...base,
        dx: base.dx + 8 * Math.sin(w / 2.9),
        yaw: (25 * Math.PI * Math.sin(w / 2.4)) / 180,
        pitch: (12 * Math.PI * Math.sin(w / 1.9)) / 180,
        roll: (3 * Math.PI * Math.sin(w / 3.1)) / 180,
      };
  }
}

/** Where a point of the print (centred coordinates, px) lands in the frame for a pose. */
function projectPrintPoint(p: Point, pose: PrintPose, width: number, height: number): Point {
  const x0 = p.x * pose.zoom;
  const y0 = p.y * pose.zoom;
  const xr = x0 * Math.cos(pose.roll) - y0 * Math.sin(pose.roll);
  const yr = x0 * Math.sin(pose.roll) + y0 * Math.cos(pose.roll);
  // Turn the plane about its vertical (yaw) then horizontal (pitch) axis, at depth FOCAL_PX.
  const xy = xr * Math.cos(pose.yaw);
  const zy = xr * Math.sin(pose.yaw);
  const yp = yr * Math.cos(pose.pitch) - zy * Math.sin(pose.pitch);
  const z = FOCAL_PX + yr * Math.sin(pose.pitch) + zy * Math.cos(pose.pitch);
  return {
    x: width / 2 + pose.dx + (FOCAL_PX * xy) / z,
    y: height / 2 + pose.dy + (FOCAL_PX * yp) / z,
  };
}

/** Renders the print through the frame-to-print homography, over a plain wall, with sensor noise. */
function renderFrame(print: RgbImage, pose: PrintPose, noise: () => number): RgbImage {
  const { width, height } = print;
  const corners = [
    { x: -width / 2, y: -height / 2 },
    { x: width / 2, y: -height / 2 },
    { x: width / 2, y: height / 2 },
    { x: -width / 2, y: height / 2 },
  ];
  const seen = corners.map((c) => projectPrintPoint(c, pose, width, height));
  const source = corners.map((c) => ({ x: c.x + width / 2, y: c.y + height / 2 }));
  const h = fitHomography(seen, source);
  if (!h) throw new Error('Degenerate print pose');
  const out = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const w = h[6]! * x + h[7]! * y + 1;
      const sx = Math.round((h[0]! * x + h[1]! * y + h[2]!) / w);
      const sy = Math.round((h[3]! * x + h[4]! * y + h[5]!) / w);
      const inside = sx >= 0 && sy >= 0 && sx < width && sy < height;
      const grain = (noise() - 0.5) * 8;
      for (let c = 0; c < 3; c += 1) {
        const value = inside ? print.data[(sy * width + sx) * 3 + c]! : 96 + 8 * c;
        out[(y * width + x) * 3 + c] = Math.max(0, Math.min(255, value + grain));
      }
    }
  }
  return { width, height, data: out };
}

/** `count` frames at `fps` of a printed `photo` (already frame-sized) presented as `kind`. */
export async function makePhotoAttackClip(
  photo: RgbImage,
  kind: PhotoAttackKind,
  options: { readonly count: number; readonly fps: number; readonly seed: number },
): Promise<RgbImage[]> {
  const print = await simulatePrint(photo, options.seed);
  const tremor = seededRandom(options.seed + 1);
  const noise = seededRandom(options.seed + 2);
  return Array.from({ length: options.count }, (_, i) =>
    renderFrame(print, poseAt(kind, i / options.fps, tremor), noise),
  );
}
