import { describe, expect, it } from 'vitest';
import type { Point } from '../../../src/core/face/face-landmarks';
import {
  DEFAULT_LIVENESS,
  initialLivenessState,
  livenessStep,
  type LivenessObservation,
  type LivenessState,
} from '../../../src/core/face/liveness-session';
import { blinking, frontalFace, openMouth, tiltedPrint, turnedHead } from './synthetic-face';

const config = DEFAULT_LIVENESS;
const person = (seed: number) => Float32Array.from({ length: 8 }, (_, i) => (i === seed ? 1 : 0));
const boxOf = (points: readonly Point[]) => {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
};
const frame = (
  landmarks: readonly Point[] = frontalFace(),
  patch: Partial<LivenessObservation> = {},
): LivenessObservation => ({
  liveness: patch.liveness ?? 0.995,
  // One score for every crop unless a test separates them, as a screen does.
  livenessAcrossCrops: patch.liveness ?? 0.995,
  landmarks,
  box: boxOf(landmarks),
  eyes: { leftOpen: 0.99, rightOpen: 0.99 },
  embedding: person(0),
  pose: { yaw: 0, pitch: 0, roll: 0 },
  ...patch,
});
/** The side draw: below 0.5 asks for a turn to the left. */
const drawLeft = () => 0.2;
const drawRight = () => 0.7;
const feed = (
  frames: readonly LivenessObservation[],
  from: LivenessState = initialLivenessState,
  random = drawLeft,
) => frames.reduce((state, f) => livenessStep(state, f, config, random), from);
/** The state after each frame, in order: what a verdict was on the way to the last. */
const stepByStep = (
  frames: readonly LivenessObservation[],
  from: LivenessState = initialLivenessState,
  random = drawLeft,
) =>
  frames.reduce<LivenessState[]>(
    (list, f) => [...list, livenessStep(list.at(-1) ?? from, f, config, random)],
    [],
  );
const times = (n: number, make: (i: number) => LivenessObservation) =>
  Array.from({ length: n }, (_, i) => make(i));
/** Speech: the lower lip goes down and up by up to 10 px over 8 frames. */
const talking = (i: number) => frame(openMouth(frontalFace(), 10 * Math.abs(Math.sin(i / 2.5))));
/** A blink over frames 2..4 of every 8: lids down, the eye model sees them closed. */
const blinkingFrame = (i: number, patch: Partial<LivenessObservation> = {}) => {
  const closed = i % 8 >= 2 && i % 8 <= 4;
  return frame(closed ? blinking(frontalFace(), 0.8) : frontalFace(), {
    eyes: closed ? { leftOpen: 0.05, rightOpen: 0.05 } : { leftOpen: 0.99, rightOpen: 0.99 },
    ...patch,
  });
};
/** A photo of the frontal face turned in perspective and shifted: one homography per frame. */
const tiltedPhoto = (i: number) => {
  const t = Math.sin(i / 3);
  const h = [1 + 0.1 * t, 0.05 * t, 30 * t, -0.04 * t, 1, 10 * t, 0.0006 * t, 0.0002 * t];
  const points = frontalFace().map(({ x, y }) => {
    const w = h[6]! * x + h[7]! * y + 1;
    return { x: (h[0]! * x + h[1]! * y + h[2]!) / w, y: (h[3]! * x + h[4]! * y + h[5]!) / w };
  });
  return frame(points);
};

describe('livenessStep', () => {
  it('stays undecided until enough frames were seen', () => {
    expect(feed(times(config.minFrames - 1, talking)).verdict).toEqual({ kind: 'undecided' });
  });

  it('passes a talking face with a high passive score, without a challenge', () => {
    expect(feed(times(10, talking)).verdict).toEqual({
      kind: 'live',
      score: expect.closeTo(0.995, 6),
      threshold: config.confidentScore,
      evidence: 'speech',
    });
  });

  it('passes a blink seen by both the eye model and the lids', () => {
    expect(feed(times(10, (i) => blinkingFrame(i))).verdict).toMatchObject({
      kind: 'live',
      evidence: 'blink',
    });
  });

  it('refuses a low passive score at once, even when the face moves like a live one', () => {
    expect(
      feed(times(config.minFrames, (i) => frame(talking(i).landmarks, { liveness: 0.1 }))).verdict,
    ).toEqual({
      kind: 'spoof',
      reason: 'passive-score',
    });
  });

  it('asks for a blink when a high-scoring face shows no non-rigid motion', () => {
    const still = feed(times(config.evidenceFrames, () => frame()));
    expect(still.verdict).toEqual({ kind: 'need-challenge', challenge: 'blink' });
  });

  it('does not take a moved, tilted photo for a live face, and fails it when the challenge times out', () => {
    const photo = times(config.evidenceFrames + config.challengeFrames, tiltedPhoto);
    const asked = feed(photo.slice(0, config.evidenceFrames));
    expect(asked.verdict.kind).toBe('need-challenge');
    expect(feed(photo.slice(config.evidenceFrames), asked).verdict).toEqual({
      kind: 'spoof',
      reason: 'challenge-failed',
    });
  });

  it('ignores an eye model that flickers while the lids stay put (a moved photo of half-closed eyes)', () => {
    const flicker = times(config.evidenceFrames, (i) =>
      frame(frontalFace(), { eyes: { leftOpen: i % 2 ? 0.05 : 0.95, rightOpen: 0.9 } }),
    );
    expect(feed(flicker).verdict.kind).toBe('need-challenge');
  });

  it('passes the challenge with a blink after it was asked, judging only frames since then', () => {
    const asked = feed(times(config.evidenceFrames, () => frame()));
    const answered = feed(
      times(8, (i) => blinkingFrame(i)),
      asked,
    );
    expect(answered.verdict).toMatchObject({ kind: 'live', evidence: 'challenge' });
  });

  it('does not let a blink answer a challenge when the passive model disagrees (a replayed video blinks too)', () => {
    const screen = { liveness: (config.spoofScore + config.liveScore) / 2 };
    const asked = feed(times(config.evidenceFrames, () => frame(frontalFace(), screen)));
    expect(asked.verdict).toEqual({ kind: 'need-challenge', challenge: 'turn-head-left' });
    const blinks = times(config.challengeFrames, (i) => blinkingFrame(i, screen));
    expect(feed(blinks.slice(0, -1), asked).verdict.kind).toBe('need-challenge');
    expect(feed(blinks, asked).verdict).toEqual({ kind: 'spoof', reason: 'challenge-failed' });
  });

  describe("where screen replays score: live at the model's crop, below confidentScore across crops", () => {
    // As measured on screen replays (docs/accuracy.md, "Cross-crop passive score"): the model's
    // own crop calls them live, the tight and wide crops see the screen.
    const band = {
      liveness: (config.liveScore + 1) / 2,
      livenessAcrossCrops: (config.spoofScore + config.confidentScore) / 2,
    };
    /** A talking, blinking face in the band: what a video replayed on a screen shows. */
    const replayLike = (i: number) =>
      blinkingFrame(i, {
        ...band,
        landmarks: openMouth(frontalFace(), 10 * Math.abs(Math.sin(i / 2.5))),
      });
    /** A head turned by `degrees` towards the worker's own side, as the camera sees it. */
    const turning = (side: 'left' | 'right', degrees: number) => {
      const sign = side === 'left' ? 1 : -1;
      // The pose model's yaw falls as the worker turns left (measured: docs/accuracy.md).
      return frame(turnedHead((sign * degrees * Math.PI) / 180), {
        ...band,
        pose: { yaw: -sign * degrees, pitch: 0, roll: 0 },
      });
    };
    const slowTurn = (side: 'left' | 'right') =>
      times(15, (i) => turning(side, Math.min(25, 2 * i)));
    const asked = (random = drawLeft) =>
      feed(times(config.evidenceFrames, replayLike), undefined, random);

    it('asks a talking face to turn towards the drawn side instead of passing it', () => {
      const early = feed(times(config.evidenceFrames - 1, replayLike));
      expect(early.verdict).toEqual({ kind: 'undecided' });
      expect(asked(drawLeft).verdict).toEqual({
        kind: 'need-challenge',
        challenge: 'turn-head-left',
      });
      expect(asked(drawRight).verdict).toEqual({
        kind: 'need-challenge',
        challenge: 'turn-head-right',
      });
    });

    it('passes a turn to the drawn side with 3D parallax', () => {
      expect(feed(slowTurn('left'), asked(drawLeft)).verdict).toEqual({
        kind: 'live',
        score: expect.closeTo(band.liveness, 6),
        threshold: config.liveScore,
        evidence: 'challenge',
      });
      expect(feed(slowTurn('right'), asked(drawRight)).verdict).toMatchObject({ kind: 'live' });
    });

    it('fails a turn to the other side when the challenge runs out', () => {
      const wrong = [
        ...slowTurn('right'),
        ...times(config.challengeFrames, () => turning('right', 25)),
      ];
      const states = stepByStep(wrong, asked(drawLeft));
      expect(states.some((s) => s.verdict.kind === 'live')).toBe(false);
      expect(states.at(-1)?.verdict).toEqual({ kind: 'spoof', reason: 'challenge-failed' });
    });

    it('fails a flat photo tilted to the drawn side, even when the pose model reads it as turned', () => {
      const tilt = times(config.challengeFrames, (i) =>
        frame(tiltedPrint((Math.min(40, 3 * i) * Math.PI) / 180), {
          ...band,
          pose: { yaw: -Math.min(40, 3 * i), pitch: 0, roll: 0 },
        }),
      );
      expect(feed(tilt.slice(0, -1), asked(drawLeft)).verdict.kind).toBe('need-challenge');
      expect(feed(tilt, asked(drawLeft)).verdict).toEqual({
        kind: 'spoof',
        reason: 'challenge-failed',
      });
    });

    it('never passes a replay-like series (speech and blinks) without the turn', () => {
      const replay = times(config.evidenceFrames + config.challengeFrames, replayLike);
      const states = stepByStep(replay);
      expect(states.some((s) => s.verdict.kind === 'live')).toBe(false);
      expect(states.at(-1)?.verdict).toEqual({ kind: 'spoof', reason: 'challenge-failed' });
    });

    it('does not let a turn answer when the passive model is below the live score', () => {
      const low = { liveness: (config.spoofScore + config.liveScore) / 2 };
      const start = feed(
        times(config.evidenceFrames, (i) => replayLike(i)).map((f) => ({ ...f, ...low })),
      );
      expect(start.verdict).toEqual({ kind: 'need-challenge', challenge: 'turn-head-left' });
      const turn = [
        ...slowTurn('left'),
        ...times(config.challengeFrames - 15, () => turning('left', 25)),
      ];
      expect(
        feed(
          turn.map((f) => ({ ...f, ...low })),
          start,
        ).verdict,
      ).toEqual({
        kind: 'spoof',
        reason: 'challenge-failed',
      });
    });
  });

  it('restarts the evidence when the tracked face is replaced by someone else', () => {
    const first = feed(times(4, talking));
    const swapped = livenessStep(
      first,
      frame(frontalFace(), { embedding: person(1) }),
      config,
      drawLeft,
    );
    expect(swapped.faceChanges).toBe(1);
    expect(swapped.frames).toBe(1);
    // The new face is still: it must show its own evidence, the first face's speech does not count.
    expect(
      feed(
        times(config.evidenceFrames - 1, () => frame(frontalFace(), { embedding: person(1) })),
        swapped,
      ).verdict.kind,
    ).toBe('need-challenge');
  });

  it('restarts the evidence when the face jumps across the frame', () => {
    const first = feed(times(4, talking));
    const jumped = livenessStep(first, frame(frontalFace({ x: 520, y: 240 })), config, drawLeft);
    expect(jumped.faceChanges).toBe(1);
  });

  it('stays decided once decided', () => {
    const spoof = feed(times(5, () => frame(frontalFace(), { liveness: 0.1 })));
    expect(livenessStep(spoof, talking(0), config, drawLeft)).toBe(spoof);
  });
});
