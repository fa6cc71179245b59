import { describe, expect, it } from 'vitest';
import type { FaceSet } from '../../../../src/core/face/eval/face-set';
import { gateCounts, gateRoles } from '../../../../src/core/face/eval/kiosk-gates';
import { DEFAULT_GUIDANCE, type GatedFace } from '../../../../src/core/face/face-guidance';

const good: GatedFace = {
  pose: { yaw: 3, pitch: -4, roll: 0 },
  eyes: { leftOpen: 0.95, rightOpen: 0.9 },
  quality: { sharpness: 90, brightness: 120, faceHeight: 0.05, offsetX: 0.45, offsetY: -0.4 },
};
const turned: GatedFace = {
  ...good,
  pose: { yaw: DEFAULT_GUIDANCE.maxYaw + 1, pitch: 0, roll: 0 },
};
const lookingDown: GatedFace = {
  ...good,
  pose: { yaw: 0, pitch: -DEFAULT_GUIDANCE.maxPitch - 1, roll: 0 },
};
const blinking: GatedFace = { ...good, eyes: { leftOpen: 0.9, rightOpen: 0.1 } };
const dark: GatedFace = { ...good, quality: { ...good.quality, brightness: 20 } };
const soft: GatedFace = { ...good, quality: { ...good.quality, sharpness: 2 } };

describe('kiosk gates on a face set', () => {
  it('keeps a frontal, open-eyed face anywhere in its photo as attempt and card', () => {
    // The good face is tiny and in a corner: framing gates do not apply to a photo.
    expect(gateRoles([good])).toEqual({ live: [true], card: [true] });
  });

  it('bars a turned, tilted or closed-eyed face from both roles, and a missing face', () => {
    expect(gateRoles([turned, lookingDown, blinking, null])).toEqual({
      live: [false, false, false, false],
      card: [false, false, false, false],
    });
  });

  it('bars a dark face as an attempt only, and keeps a soft one in both roles', () => {
    expect(gateRoles([dark, soft])).toEqual({ live: [false, true], card: [true, true] });
  });

  it('takes its limits from the kiosk guidance it is given', () => {
    const strict = { ...DEFAULT_GUIDANCE, maxYaw: 2 };
    expect(gateRoles([good], strict)).toEqual({ live: [false], card: [false] });
  });

  it('counts, per group and overall, what each gate fails and what is left', () => {
    const set: FaceSet = {
      dir: 'faces',
      images: [
        { file: 'a_1/1.jpg', identity: 'a_1', group: 'a' },
        { file: 'a_1/2.jpg', identity: 'a_1', group: 'a' },
        { file: 'b_1/1.jpg', identity: 'b_1', group: 'b' },
        { file: 'b_1/2.jpg', identity: 'b_1', group: 'b' },
      ],
    };
    const counts = gateCounts(set, [good, { ...turned, eyes: blinking.eyes }, dark, null]);
    expect(counts.all).toEqual({
      images: 4,
      noFace: 1,
      failing: { pose: 1, eyes: 1, brightness: 1, sharpness: 0 },
      live: 1,
      card: 2,
    });
    expect(counts.b).toMatchObject({ images: 2, noFace: 1, live: 0, card: 1 });
  });
});
