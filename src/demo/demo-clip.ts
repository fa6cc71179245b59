/**
 * The demo's camera: real video of a live person (GRID corpus speaker of sentence pwij3p, CC BY
 * 4.0, see assets/demo/SOURCE.md), 45 frames at 15 fps stored as one motion-JPEG file, and
 * photo attacks made by code from its first frame. Frames are JPEGs, the form the renderer sends
 * through `frame.submit`.
 */
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { makePhotoAttackClip, type PhotoAttackKind } from '../core/face/eval/attack-clips';
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

/** A photo attack (`kind`) made from the clip's first frame printed on paper, 45 JPEG frames. */
export async function makeDemoAttackClip(kind: PhotoAttackKind): Promise<Frame[]> {
  const [first] = await loadDemoClip();
  if (!first) throw new Error(`${DEMO_CLIP_FILE} holds no frame`);
  const { data, info } = await sharp(first.data).raw().toBuffer({ resolveWithObject: true });
  const photo = { width: info.width, height: info.height, data: new Uint8Array(data) };
  const frames = await makePhotoAttackClip(photo, kind, { count: 45, fps: CLIP_FPS, seed: 1 });
  return Promise.all(
    frames.map(async ({ width, height, data: rgb }) =>
      jpegFrame(
        new Uint8Array(
          await sharp(Buffer.from(rgb), { raw: { width, height, channels: 3 } })
            .jpeg({ quality: 85 })
            .toBuffer(),
        ),
      ),
    ),
  );
}
