import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  decodeSimulationPhoto,
  encodeSimulationPhoto,
  isSimulationSlot,
} from '../../../src/core/photo/simulation-codec';
import { photoErrorRejectedBy } from './photo-error';
import { NEEDS_SHARED_DATA, sharedDataDir } from '../../support/shared-data';

/** A 300x400 PNG: red left half, blue right half, a white band across the top quarter. */
async function twoToneImage(): Promise<Buffer> {
  const width = 300;
  const height = 400;
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const rgb = y < height / 4 ? [255, 255, 255] : x < width / 2 ? [220, 20, 20] : [20, 20, 220];
      data.set(rgb, (y * width + x) * 3);
    }
  }
  return sharp(data, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}

function pixel(image: { width: number; data: Uint8Array }, x: number, y: number): number[] {
  const at = (y * image.width + x) * 3;
  return [...image.data.subarray(at, at + 3)];
}

describe('simulation photo codec', () => {
  it('packs an image into exactly 1024 bytes behind the SIMPHOTO magic', async () => {
    const slot = await encodeSimulationPhoto(await twoToneImage());
    expect(slot.length).toBe(1024);
    expect(Buffer.from(slot.subarray(0, 8)).toString('ascii')).toBe('SIMPHOTO');
    expect(isSimulationSlot(slot)).toBe(true);
  });

  it('decodes back to a 102x126 RGB portrait that keeps the picture (colours and orientation)', async () => {
    const image = await decodeSimulationPhoto(await encodeSimulationPhoto(await twoToneImage()));
    expect([image.width, image.height, image.data.length]).toEqual([102, 126, 102 * 126 * 3]);
    const [top, left, right] = [pixel(image, 51, 10), pixel(image, 20, 100), pixel(image, 80, 100)];
    expect(Math.min(...top)).toBeGreaterThan(200);
    expect(left[0]! - left[2]!).toBeGreaterThan(120);
    expect(right[2]! - right[0]!).toBeGreaterThan(120);
  });

  it('rejects a slot without the magic as not a simulation photo', async () => {
    const wlt = new Uint8Array(1024);
    wlt.set([0x57, 0x4c, 0x66, 0x00, 0x7e, 0x00, 0x32, 0x00]);
    expect(isSimulationSlot(wlt)).toBe(false);
    expect((await photoErrorRejectedBy(decodeSimulationPhoto(wlt))).failure.reason).toBe(
      'not-a-simulation-photo',
    );
  });

  it('rejects a slot of the wrong size', async () => {
    const slot = await encodeSimulationPhoto(await twoToneImage());
    expect(
      (await photoErrorRejectedBy(decodeSimulationPhoto(slot.subarray(0, 1000)))).failure.reason,
    ).toBe('wrong-slot-size');
  });

  it('rejects a damaged payload with a typed error', async () => {
    const slot = await encodeSimulationPhoto(await twoToneImage());
    slot.fill(0x55, 12, 200);
    expect((await photoErrorRejectedBy(decodeSimulationPhoto(slot))).failure.reason).toBe(
      'image-unreadable',
    );
  });

  it('rejects a simulation photo of an unknown format version', async () => {
    const slot = await encodeSimulationPhoto(await twoToneImage());
    slot[8] = 2;
    expect((await photoErrorRejectedBy(decodeSimulationPhoto(slot))).failure.reason).toBe(
      'image-unreadable',
    );
  });

  it('rejects bytes that are no image', async () => {
    const error = await photoErrorRejectedBy(encodeSimulationPhoto(new Uint8Array([1, 2, 3, 4])));
    expect(error.failure.reason).toBe('image-unreadable');
  });
});

const shared = sharedDataDir();

describe.skipIf(!shared)(
  `simulation photo codec on real face photos (${NEEDS_SHARED_DATA})`,
  () => {
    it('fits every photo of one identity into the slot and decodes it to 102x126', async () => {
      const dir = join(shared!, 'faces', 'celeba_7202');
      const files = readdirSync(dir).filter((name) => /\.(jpe?g|png)$/i.test(name));
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const image = await decodeSimulationPhoto(
          await encodeSimulationPhoto(readFileSync(join(dir, file))),
        );
        expect([image.width, image.height]).toEqual([102, 126]);
      }
    });
  },
);
