import { describe, expect, it } from 'vitest';
import type { Point } from '../../../src/core/face/face-landmarks';
import {
  turnBaseline,
  turnedTowards,
  turnMoves,
  turnSample,
  type TurnSample,
} from '../../../src/core/face/turn-evidence';
import { frontalFace, tiltedPrint, turnedHead } from './synthetic-face';

const degrees = (d: number) => (d * Math.PI) / 180;
const thresholds = { yawDegrees: 12, noseOffset: 0.12 };
const sample = (yaw: number, noseOffset: number): TurnSample => ({ yaw, noseOffset });

describe('turnSample', () => {
  it('does not change when the face is moved, zoomed and rolled in the image plane', () => {
    const face = turnedHead(degrees(20));
    const moved = face.map(({ x, y }: Point) => ({
      x: 1.4 * (Math.cos(0.4) * x - Math.sin(0.4) * y) - 60,
      y: 1.4 * (Math.sin(0.4) * x + Math.cos(0.4) * y) + 30,
    }));
    expect(turnSample(moved, 7).noseOffset).toBeCloseTo(turnSample(face, 7).noseOffset, 9);
    expect(turnSample(moved, 7).yaw).toBe(7);
  });

  it('moves the nose across the outline for a turned head, hardly for a photo tilted as far', () => {
    const frontal = turnSample(frontalFace(), 0).noseOffset;
    const head = turnSample(turnedHead(degrees(25)), 0).noseOffset - frontal;
    const print = turnSample(tiltedPrint(degrees(25)), 0).noseOffset - frontal;
    // The nose moves towards the image's right (outline point 16) when the head turns that way.
    expect(head).toBeGreaterThan(2 * thresholds.noseOffset);
    expect(Math.abs(print)).toBeLessThan(thresholds.noseOffset / 3);
  });
});

describe('turn moves', () => {
  const baseline = turnBaseline([
    sample(1, 0.01),
    sample(-1, -0.01),
    sample(0, 0),
    sample(30, 0.5),
  ]);

  it('takes the median pose before the challenge as the baseline', () => {
    expect(baseline).toEqual({ yaw: 1, noseOffset: 0.01 });
  });

  it('counts a left turn as falling yaw and the nose moving to the image right, a right turn the other way', () => {
    const left = [sample(-20, 0.3), sample(-20, 0.3), sample(-20, 0.3)];
    expect(turnMoves(baseline, left, 'left').at(-1)).toEqual({ yaw: 21, noseOffset: 0.29 });
    expect(turnMoves(baseline, left, 'right').at(-1)).toEqual({ yaw: -21, noseOffset: -0.29 });
    expect(turnedTowards(baseline, left, 'left', thresholds)).toBe(true);
    expect(turnedTowards(baseline, left, 'right', thresholds)).toBe(false);
  });

  it('needs yaw and parallax in the same frames, and ignores a one-frame glitch', () => {
    const yawOnly = Array.from({ length: 5 }, () => sample(-25, 0.02));
    expect(turnedTowards(baseline, yawOnly, 'left', thresholds)).toBe(false);
    const glitch = [sample(0, 0), sample(-30, 0.4), sample(0, 0), sample(0, 0)];
    expect(turnedTowards(baseline, glitch, 'left', thresholds)).toBe(false);
  });
});
