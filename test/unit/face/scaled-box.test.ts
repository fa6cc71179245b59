import { describe, expect, it } from 'vitest';
import { scaledBoxInFrame } from '../../../src/core/face/scaled-box';

const frame = { width: 640, height: 480 };

describe('scaledBoxInFrame (the liveness crop: box x2.7 about its centre)', () => {
  it('scales the box about its centre when it fits', () => {
    expect(scaledBoxInFrame({ x: 300, y: 200, width: 40, height: 50 }, 2.7, frame)).toEqual({
      x: 320 - 54,
      y: 225 - 67.5,
      width: 108,
      height: 135,
    });
  });

  it('shifts the crop inside the frame instead of clipping it near an edge', () => {
    const crop = scaledBoxInFrame({ x: 0, y: 400, width: 40, height: 50 }, 2.7, frame);
    expect(crop).toEqual({ x: 0, y: 480 - 135, width: 108, height: 135 });
  });

  it('caps each side at the frame size for a face filling the frame', () => {
    expect(scaledBoxInFrame({ x: 100, y: 50, width: 400, height: 380 }, 2.7, frame)).toEqual({
      x: 0,
      y: 0,
      width: 640,
      height: 480,
    });
  });
});
