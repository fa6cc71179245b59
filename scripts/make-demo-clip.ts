// `npx tsx scripts/make-demo-clip.ts [SHARED_DATA_DIR]`: rebuilds the demo's live clip in
// assets/demo from ../shared/data/camera/live (GRID corpus, CC BY 4.0; see assets/demo/SOURCE.md):
// the 45 frames of person-grid_pwij3p.y4m as one motion-JPEG file, and the person's card portrait.
import { copyFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { readY4mFrames } from '../src/core/face/eval/y4m-reader';

const data = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../../shared/data'));
const live = resolve(data, 'camera/live');
const assets = resolve(import.meta.dirname, '../assets/demo');
const frames = readY4mFrames(
  resolve(live, 'person-grid_pwij3p.y4m'),
  Array.from({ length: 45 }, (_, i) => i),
);
const jpegs = await Promise.all(
  frames.map(({ width, height, data: rgb }) =>
    sharp(Buffer.from(rgb), { raw: { width, height, channels: 3 } })
      .jpeg({ quality: 60, mozjpeg: true })
      .toBuffer(),
  ),
);
await writeFile(resolve(assets, 'live-grid_pwij3p.mjpeg'), Buffer.concat(jpegs));
await copyFile(
  resolve(live, 'idphoto-grid_pwij3p.jpg'),
  resolve(assets, 'idphoto-grid_pwij3p.jpg'),
);
process.stdout.write(`wrote ${jpegs.length} frames\n`);
