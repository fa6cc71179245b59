import { describe, expect, it } from 'vitest';
import { toInputTensor } from '../../../src/core/face/input-tensor';
import type { Preprocessing } from '../../../src/core/face/model-manifest';

// Two pixels: (R,G,B) = (10,20,30) and (200,100,0).
const image = { width: 2, height: 1, data: new Uint8Array([10, 20, 30, 200, 100, 0]) };
const spec = (
  channels: Preprocessing['channels'],
  mean: number[],
  std: number[],
): Preprocessing => ({
  width: 2,
  height: 1,
  channels,
  mean,
  std,
  crop: { kind: 'scaled-box', scale: 1 },
});

describe('toInputTensor', () => {
  it('writes planar RGB with (v - 127) / 128 (the detector)', () => {
    const t = toInputTensor(image, spec('rgb', [127, 127, 127], [128, 128, 128]));
    expect(Array.from(t)).toEqual([
      (10 - 127) / 128,
      (200 - 127) / 128,
      (20 - 127) / 128,
      (100 - 127) / 128,
      (30 - 127) / 128,
      -127 / 128,
    ]);
  });

  it('puts blue first for BGR models and keeps raw 0..255 when mean 0, std 1 (liveness)', () => {
    const t = toInputTensor(image, spec('bgr', [0, 0, 0], [1, 1, 1]));
    expect(Array.from(t)).toEqual([30, 0, 20, 100, 10, 200]);
  });

  it('uses BT.601 luma for grey models, divided by the std (landmarks: /256)', () => {
    const t = toInputTensor(image, spec('grey', [0], [256]));
    expect(t[0]).toBeCloseTo((0.299 * 10 + 0.587 * 20 + 0.114 * 30) / 256, 6);
    expect(t[1]).toBeCloseTo((0.299 * 200 + 0.587 * 100) / 256, 6);
  });

  it('applies per-channel mean and std in tensor channel order (pose: ImageNet on RGB)', () => {
    const t = toInputTensor(image, spec('rgb', [123.675, 116.28, 103.53], [58.395, 57.12, 57.375]));
    expect(t[0]).toBeCloseTo((10 - 123.675) / 58.395, 6);
    expect(t[5]).toBeCloseTo((0 - 103.53) / 57.375, 6);
  });

  it('refuses an image of the wrong size', () => {
    expect(() => toInputTensor(image, { ...spec('rgb', [0], [1]), width: 3 })).toThrow(RangeError);
  });
});
