/** Reads frames of a YUV4MPEG2 (4:2:0) clip as RGB: the fake-camera clips of ../shared/data/camera. */
import { readFileSync } from 'node:fs';
import type { RgbImage } from '../../photo/rgb-image';

const clamp = (v: number) => (v < 0 ? 0 : v > 255 ? 255 : Math.round(v));

const FRAME_HEADER_BYTES = 'FRAME\n'.length;

/** A clip's bytes and the layout its stream header gives. */
function readClip(file: string) {
  const bytes = readFileSync(file);
  const headerEnd = bytes.indexOf(0x0a);
  const header = bytes.subarray(0, headerEnd).toString('latin1');
  const width = Number(/ W(\d+)/.exec(header)?.[1]);
  const height = Number(/ H(\d+)/.exec(header)?.[1]);
  const frameSize = FRAME_HEADER_BYTES + (width * height * 3) / 2;
  return {
    bytes,
    width,
    height,
    limited: !header.includes('XCOLORRANGE=FULL'),
    firstFrame: headerEnd + 1,
    frameSize,
    count: Math.floor((bytes.length - headerEnd - 1) / frameSize),
  };
}

function decodeFrames(clip: ReturnType<typeof readClip>, indices: readonly number[]): RgbImage[] {
  const { bytes, width, height, limited, firstFrame, frameSize } = clip;
  const planeY = width * height;
  const planeC = (width / 2) * (height / 2);
  return indices.map((index) => {
    const start = firstFrame + index * frameSize + FRAME_HEADER_BYTES;
    if (start + planeY + 2 * planeC > bytes.length)
      throw new RangeError(`Frame ${index} is beyond the clip`);
    const data = new Uint8Array(planeY * 3);
    for (let y = 0; y < height; y += 1) {
      for (let x = 0; x < width; x += 1) {
        const c = (y >> 1) * (width / 2) + (x >> 1);
        const luma = bytes[start + y * width + x] as number;
        const yy = limited ? (luma - 16) * 1.164 : luma;
        const u = (bytes[start + planeY + c] as number) - 128;
        const v = (bytes[start + planeY + planeC + c] as number) - 128;
        const k = limited ? 1.138 : 1;
        const o = (y * width + x) * 3;
        data[o] = clamp(yy + 1.402 * k * v);
        data[o + 1] = clamp(yy - 0.344 * k * u - 0.714 * k * v);
        data[o + 2] = clamp(yy + 1.772 * k * u);
      }
    }
    return { width, height, data };
  });
}

/** Frames `indices` of a 4:2:0 y4m file, converted with BT.601 (limited range when the header says so). */
export function readY4mFrames(file: string, indices: readonly number[]): RgbImage[] {
  return decodeFrames(readClip(file), indices);
}

/** Every frame of a 4:2:0 y4m clip, as RGB. */
export function readAllY4mFrames(file: string): RgbImage[] {
  const clip = readClip(file);
  return decodeFrames(
    clip,
    Array.from({ length: clip.count }, (_, i) => i),
  );
}
