import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  engineFrameSchema,
  engineFrameToRgb,
  rgbFrame,
} from '../../../src/core/face/engine/engine-frame';
import { FaceFrameUndecodableError } from '../../../src/core/face/face-errors';

const rgba = {
  width: 2,
  height: 1,
  format: 'rgba' as const,
  data: new Uint8Array([10, 20, 30, 255, 40, 50, 60, 0]),
};

describe('engine frame', () => {
  it('turns RGBA into RGB by dropping alpha, and passes RGB through', async () => {
    expect(await engineFrameToRgb(rgba)).toEqual({
      width: 2,
      height: 1,
      data: new Uint8Array([10, 20, 30, 40, 50, 60]),
    });
    const rgb = rgbFrame({ width: 1, height: 1, data: new Uint8Array([1, 2, 3]) });
    expect(await engineFrameToRgb(rgb)).toMatchObject({ width: 1, height: 1, data: rgb.data });
  });

  it('decodes a JPEG to RGB pixels of its own size', async () => {
    const jpeg = await sharp({
      create: { width: 32, height: 24, channels: 3, background: { r: 200, g: 100, b: 50 } },
    })
      .jpeg({ quality: 95 })
      .toBuffer();
    const image = await engineFrameToRgb({
      width: 32,
      height: 24,
      format: 'jpeg',
      data: new Uint8Array(jpeg),
    });
    expect(image.data.length).toBe(32 * 24 * 3);
    expect(Math.abs((image.data[0] ?? 0) - 200)).toBeLessThan(4);
  });

  it('rejects bytes that are no image with FaceFrameUndecodableError', async () => {
    const garbage = { width: 32, height: 24, format: 'jpeg' as const, data: new Uint8Array(64) };
    await expect(engineFrameToRgb(garbage)).rejects.toBeInstanceOf(FaceFrameUndecodableError);
  });

  it('refuses raw pixels whose length does not match the size', () => {
    expect(engineFrameSchema.safeParse({ ...rgba, data: new Uint8Array(7) }).success).toBe(false);
    expect(engineFrameSchema.safeParse(rgba).success).toBe(true);
    expect(
      engineFrameSchema.safeParse({ format: 'jpeg', width: 4, height: 4, data: new Uint8Array() })
        .success,
    ).toBe(false);
  });
});
