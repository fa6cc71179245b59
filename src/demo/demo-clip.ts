/**
 * A short synthetic camera clip of the astronaut, as a 640x480 webcam would see her standing in
 * front of the kiosk: face centred at about 45% of the frame height, a slow zoom, a small drift
 * and roll, and mild sensor noise, so that no two frames are alike. Each frame is a JPEG, the form
 * the renderer sends through `frame.submit`.
 */
import sharp from 'sharp';
import type { Frame } from '../shared/kiosk-api/frame';
import { ASTRONAUT_FACE, ASTRONAUT_FILE } from './demo-people';
import { seededRandom } from '../core/seeded-random';

/** Frame size of the clip. */
export const CLIP_WIDTH = 640;
export const CLIP_HEIGHT = 480;

// Per-frame changes stay well under the liveness session's motion floor (1% of the face height):
// a still person breathing, not a photo waved in front of the camera.
const FACE_SHARE = 0.45;

interface Pose {
  readonly scale: number;
  readonly rollRad: number;
  readonly dx: number;
  readonly dy: number;
}

function render(
  source: { data: Buffer; width: number; height: number },
  pose: Pose,
  noise: () => number,
): Uint8Array {
  const out = new Uint8Array(CLIP_WIDTH * CLIP_HEIGHT * 3);
  const cos = Math.cos(pose.rollRad) / pose.scale;
  const sin = Math.sin(pose.rollRad) / pose.scale;
  const { centreX, centreY } = ASTRONAUT_FACE;
  for (let y = 0; y < CLIP_HEIGHT; y += 1) {
    for (let x = 0; x < CLIP_WIDTH; x += 1) {
      // Inverse map: output pixel → source pixel, about the face centre.
      const ox = x - CLIP_WIDTH / 2 - pose.dx;
      const oy = y - CLIP_HEIGHT / 2 - pose.dy;
      const sx = Math.min(source.width - 1, Math.max(0, Math.round(centreX + cos * ox + sin * oy)));
      const sy = Math.min(
        source.height - 1,
        Math.max(0, Math.round(centreY - sin * ox + cos * oy)),
      );
      const from = (sy * source.width + sx) * 3;
      const to = (y * CLIP_WIDTH + x) * 3;
      const grain = (noise() - 0.5) * 6;
      for (let c = 0; c < 3; c += 1)
        out[to + c] = Math.min(255, Math.max(0, (source.data[from + c] as number) + grain));
    }
  }
  return out;
}

/** Makes `count` JPEG frames of the astronaut (deterministic for a seed). */
export async function makeDemoClip(count: number, seed = 1): Promise<Frame[]> {
  const { data, info } = await sharp(ASTRONAUT_FILE)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const source = { data, width: info.width, height: info.height };
  const noise = seededRandom(seed);
  const baseScale = (CLIP_HEIGHT * FACE_SHARE) / ASTRONAUT_FACE.height;
  const frames: Frame[] = [];
  for (let i = 0; i < count; i += 1) {
    const phase = (i / Math.max(1, count)) * Math.PI * 2;
    const pose = {
      scale: baseScale * (1 + 0.03 * (i / Math.max(1, count))),
      rollRad: (1.5 * Math.PI * Math.sin(phase)) / 180,
      dx: 3 * Math.sin(phase),
      dy: 2 * Math.cos(phase),
    };
    const rgb = render(source, pose, noise);
    const jpeg = await sharp(rgb, { raw: { width: CLIP_WIDTH, height: CLIP_HEIGHT, channels: 3 } })
      .jpeg({ quality: 85 })
      .toBuffer();
    frames.push({
      width: CLIP_WIDTH,
      height: CLIP_HEIGHT,
      format: 'jpeg',
      data: new Uint8Array(jpeg),
    });
  }
  return frames;
}
