// Camera frames for the capture tests: the clips of ../shared/data/camera (real live people in
// live/, and london_104, one photo moved in the plane) as the RGBA frames a renderer would send,
// and the matching card photos.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame } from '../../src/shared/kiosk-api/frame';
import { rgbaFrame } from '../../src/core/capture/eval/clip-session';
import { readY4mFrames } from '../../src/core/face/eval/y4m-reader';

/** The first `count` frames (of 45) of person-london_104.y4m, as RGBA frames. */
export function londonClipFrames(dataDir: string, count: number): Frame[] {
  const indices = Array.from({ length: count }, (_, i) => i);
  return readY4mFrames(join(dataDir, 'camera/person-london_104.y4m'), indices).map(rgbaFrame);
}

/** The card photo of the same person (PNG bytes). */
export function londonCardPhoto(dataDir: string): Uint8Array {
  return readFileSync(join(dataDir, 'camera/idphoto-london_104.png'));
}

/** The live people of camera/live (labels.tsv), each with a clip and a card portrait. */
export const LIVE_PEOPLE = ['grid_s1', 'grid_pwij3p', 'grid_brbk7n'] as const;

/** The 45 frames of a live person's clip in camera/live, as RGBA frames. */
export function liveClipFrames(dataDir: string, person: string): Frame[] {
  const indices = Array.from({ length: 45 }, (_, i) => i);
  return readY4mFrames(join(dataDir, `camera/live/person-${person}.y4m`), indices).map(rgbaFrame);
}

/** The card-like portrait of a live person (PNG bytes). */
export function liveCardPhoto(dataDir: string, person: string): Uint8Array {
  return readFileSync(join(dataDir, `camera/live/idphoto-${person}.png`));
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
