// Writes the demo's camera clip (real video of a live person talking, src/demo/demo-clip.ts) as a
// .y4m file for Chromium's fake camera, which loops it as the kiosk's camera would show a person.
import { open } from 'node:fs/promises';
import sharp from 'sharp';
import { CLIP_FPS, CLIP_HEIGHT, CLIP_WIDTH, loadDemoClip } from '../../../src/demo/demo-clip';

/** BT.601 full-range RGB to planar YUV 4:2:0, as the `C420jpeg` y4m colour space expects. */
function yuv420(rgb: Buffer, width: number, height: number): Buffer {
  const out = Buffer.alloc((width * height * 3) / 2);
  const uOffset = width * height;
  const vOffset = uOffset + (width * height) / 4;
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) {
      const i = (y * width + x) * 3;
      const [r, g, b] = [rgb[i] ?? 0, rgb[i + 1] ?? 0, rgb[i + 2] ?? 0];
      out[y * width + x] = 0.299 * r + 0.587 * g + 0.114 * b;
      if (y % 2 === 0 && x % 2 === 0) {
        const c = (y / 2) * (width / 2) + x / 2;
        out[uOffset + c] = Math.min(255, Math.max(0, 128 - 0.168736 * r - 0.331264 * g + 0.5 * b));
        out[vOffset + c] = Math.min(255, Math.max(0, 128 + 0.5 * r - 0.418688 * g - 0.081312 * b));
      }
    }
  return out;
}

/** Writes the demo clip's 45 frames at its rate (CLIP_FPS) to `path`. */
export async function writeDemoY4m(path: string): Promise<string> {
  const file = await open(path, 'w');
  try {
    await file.write(`YUV4MPEG2 W${CLIP_WIDTH} H${CLIP_HEIGHT} F${CLIP_FPS}:1 Ip A1:1 C420jpeg\n`);
    for (const frame of await loadDemoClip()) {
      const rgb = await sharp(frame.data).removeAlpha().raw().toBuffer();
      await file.write('FRAME\n');
      await file.write(yuv420(rgb, CLIP_WIDTH, CLIP_HEIGHT));
    }
  } finally {
    await file.close();
  }
  return path;
}
