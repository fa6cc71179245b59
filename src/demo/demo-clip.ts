/**
 * The demo's camera: real video of a live person (GRID corpus speaker of sentence pwij3p, CC BY
 * 4.0, see assets/demo/SOURCE.md), 45 frames at 15 fps stored as one motion-JPEG file, and
 * attacks made by code from it: photo attacks from its first frame, a screen replay of every
 * frame. Frames are JPEGs, the form the renderer sends through `frame.submit`.
 */
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { makeScreenReplayClip } from '../core/capture/eval/synthetic-clips';
import {
  makePhotoAttackClip,
  PHOTO_ATTACK_KINDS,
  type PhotoAttackKind,
} from '../core/face/eval/attack-clips';
import type { RgbImage } from '../core/photo/rgb-image';
import type { Frame } from '../shared/kiosk-api/frame';
import { DEMO_CLIP_FILE } from './demo-people';

/** Frame size and rate of the clip. */
export const CLIP_WIDTH = 640;
export const CLIP_HEIGHT = 480;
export const CLIP_FPS = 15;

/** Splits concatenated JPEGs at each end-of-image marker (our encoder writes no thumbnails). */
function splitJpegs(bytes: Uint8Array): Uint8Array<ArrayBuffer>[] {
  const frames: Uint8Array<ArrayBuffer>[] = [];
  let start = 0;
  for (let i = 1; i < bytes.length; i += 1) {
    if (bytes[i - 1] === 0xff && bytes[i] === 0xd9) {
      frames.push(bytes.slice(start, i + 1));
      start = i + 1;
    }
  }
  return frames;
}

const jpegFrame = (data: Uint8Array<ArrayBuffer>): Frame => ({
  width: CLIP_WIDTH,
  height: CLIP_HEIGHT,
  format: 'jpeg',
  data,
});

/** The live person's clip: 45 JPEG frames, 3 s at 15 fps. */
export async function loadDemoClip(): Promise<Frame[]> {
  return splitJpegs(new Uint8Array(await readFile(DEMO_CLIP_FILE))).map(jpegFrame);
}

/** The demo's attacks: a photo of the person (still, planar, tilt) or their video on a screen. */
export type DemoAttackKind = PhotoAttackKind | 'replay';

/** Every demo attack, in the order the usage lists them. */
export const DEMO_ATTACK_KINDS: readonly DemoAttackKind[] = [...PHOTO_ATTACK_KINDS, 'replay'];

async function toRgb(frame: Frame): Promise<RgbImage> {
  const { data, info } = await sharp(frame.data).raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data) };
}

async function toJpeg({ width, height, data }: RgbImage): Promise<Frame> {
  const jpeg = await sharp(Buffer.from(data), { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 85 })
    .toBuffer();
  return jpegFrame(new Uint8Array(jpeg));
}

/**
 * An attack clip of 45 JPEG frames: the clip's first frame printed on paper and presented as
 * `kind` says, or for `replay` every frame of the clip shown on a simulated screen (so the replay
 * still speaks and blinks).
 */
export async function makeDemoAttackClip(kind: DemoAttackKind): Promise<Frame[]> {
  const live = await Promise.all((await loadDemoClip()).map(toRgb));
  const [first] = live;
  if (!first) throw new Error(`${DEMO_CLIP_FILE} holds no frame`);
  const frames =
    kind === 'replay'
      ? await makeScreenReplayClip(live, 1)
      : await makePhotoAttackClip(first, kind, { count: 45, fps: CLIP_FPS, seed: 1 });
  return Promise.all(frames.map(toJpeg));
}
