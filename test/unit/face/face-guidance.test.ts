import { describe, expect, it } from 'vitest';
import {
  chooseGuidance,
  failedFaceGates,
  faceMotion,
  type GuidanceInput,
} from '../../../src/core/face/face-guidance';

const box = { x: 240, y: 140, width: 160, height: 200 };
const good: GuidanceInput = {
  faces: [{ box, score: 0.99 }],
  chosen: {
    box,
    quality: { sharpness: 80, brightness: 130, faceHeight: 0.42, offsetX: 0, offsetY: 0 },
    pose: { yaw: 2, pitch: -5, roll: 1 },
    eyes: { leftOpen: 0.99, rightOpen: 0.98 },
  },
  motion: 0.005,
};
type Chosen = NonNullable<GuidanceInput['chosen']>;
const withChosen = (
  patch: (chosen: Chosen) => Chosen,
  rest: Partial<GuidanceInput> = {},
): GuidanceInput => ({
  ...good,
  ...rest,
  chosen: patch(good.chosen as Chosen),
});
const quality =
  (q: Partial<Chosen['quality']>) =>
  (c: Chosen): Chosen => ({ ...c, quality: { ...c.quality, ...q } });

describe('chooseGuidance', () => {
  it('says nothing for a good frame', () => {
    expect(chooseGuidance(good)).toEqual({ kind: 'ok' });
  });

  it.each([
    ['center-face', { ...good, chosen: null, faces: [] }],
    [
      'one-person-only',
      {
        ...good,
        faces: [...good.faces, { box: { x: 20, y: 20, width: 120, height: 150 }, score: 0.9 }],
      },
    ],
    ['center-face', withChosen(quality({ offsetX: 0.3 }))],
    ['come-closer', withChosen(quality({ faceHeight: 0.1 }))],
    ['move-back', withChosen(quality({ faceHeight: 0.9 }))],
    ['look-at-camera', withChosen((c) => ({ ...c, pose: { yaw: 35, pitch: 0, roll: 0 } }))],
    ['look-at-camera', withChosen((c) => ({ ...c, pose: { yaw: 0, pitch: -30, roll: 0 } }))],
    ['look-at-camera', withChosen((c) => ({ ...c, eyes: { leftOpen: 0.9, rightOpen: 0.05 } }))],
    ['more-light', withChosen(quality({ brightness: 30 }))],
    ['hold-still', { ...good, motion: 0.2 }],
    ['hold-still', withChosen(quality({ sharpness: 3 }))],
  ] as const)('asks to %s', (key, input) => {
    expect(chooseGuidance(input)).toEqual({ kind: 'instruct', key });
  });

  it('ignores a small face far behind the worker (not a second person)', () => {
    const far = { box: { x: 10, y: 10, width: 30, height: 40 }, score: 0.8 };
    expect(chooseGuidance({ ...good, faces: [...good.faces, far] })).toEqual({ kind: 'ok' });
  });

  it('gives only the most basic instruction when several gates fail at once', () => {
    const everythingWrong = withChosen(
      (c) => ({
        ...c,
        quality: { sharpness: 1, brightness: 10, faceHeight: 0.1, offsetX: 0.4, offsetY: 0 },
        pose: { yaw: 40, pitch: 0, roll: 0 },
        eyes: { leftOpen: 0, rightOpen: 0 },
      }),
      { motion: 1 },
    );
    expect(chooseGuidance(everythingWrong)).toEqual({ kind: 'instruct', key: 'center-face' });
    const inOval = {
      ...everythingWrong,
      chosen: {
        ...(everythingWrong.chosen as Chosen),
        quality: { sharpness: 1, brightness: 10, faceHeight: 0.1, offsetX: 0, offsetY: 0 },
      },
    };
    expect(chooseGuidance(inOval)).toEqual({ kind: 'instruct', key: 'come-closer' });
  });
});

describe('failedFaceGates', () => {
  it('lists every intrinsic gate the face fails, in the order the worker hears them', () => {
    const chosen = good.chosen as Chosen;
    expect(failedFaceGates(chosen)).toEqual([]);
    const allWrong = {
      quality: { ...chosen.quality, sharpness: 1, brightness: 10 },
      pose: { yaw: 0, pitch: 30, roll: 0 },
      eyes: { leftOpen: 0.2, rightOpen: 0.9 },
    };
    expect(failedFaceGates(allWrong)).toEqual(['pose', 'eyes', 'brightness', 'sharpness']);
  });
});

describe('faceMotion', () => {
  it('is the face-centre displacement over the frame height', () => {
    const a = { box: { x: 0, y: 0, width: 10, height: 10 }, score: 1 };
    const b = { box: { x: 30, y: 40, width: 10, height: 10 }, score: 1 };
    expect(faceMotion(a, b, 500)).toBeCloseTo(0.1, 10);
  });
});
