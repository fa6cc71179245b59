// Camera frames for the capture tests: the fake-camera clip of ../shared/data/camera (a y4m of a
// real person) as the RGBA frames a renderer would send, and the matching card photo.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame } from '../../src/shared/kiosk-api/frame';
import type { RgbImage } from '../../src/core/photo/rgb-image';
import { readY4mFrames } from '../integration/face/y4m-frames';

/** An RGB image as an RGBA frame, the form `frame.submit` takes from a canvas. */
export function rgbaFrameOf(image: RgbImage): Frame {
  const pixels = image.width * image.height;
  const data = new Uint8Array(pixels * 4);
  for (let i = 0; i < pixels; i += 1) {
    data[i * 4] = image.data[i * 3] as number;
    data[i * 4 + 1] = image.data[i * 3 + 1] as number;
    data[i * 4 + 2] = image.data[i * 3 + 2] as number;
    data[i * 4 + 3] = 255;
  }
  return { width: image.width, height: image.height, format: 'rgba', data };
}

/** The first `count` frames (of 45) of person-london_104.y4m, as RGBA frames. */
export function londonClipFrames(dataDir: string, count: number): Frame[] {
  const indices = Array.from({ length: count }, (_, i) => i);
  return readY4mFrames(join(dataDir, 'camera/person-london_104.y4m'), indices).map(rgbaFrameOf);
}

/** The card photo of the same person (PNG bytes). */
export function londonCardPhoto(dataDir: string): Uint8Array {
  return readFileSync(join(dataDir, 'camera/idphoto-london_104.png'));
}

/** The first `count` print-attack photos of ../shared/data/spoof (640x480 JPEGs), as JPEG frames. */
export function printAttackFrames(dataDir: string, count: number): Frame[] {
  const dir = join(dataDir, 'spoof/print');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.jpg'))
    .sort()
    .slice(0, count)
    .map((file) => ({
      width: 640,
      height: 480,
      format: 'jpeg',
      data: readFileSync(join(dir, file)),
    }));
}
