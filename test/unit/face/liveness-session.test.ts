import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LIVENESS,
  initialLivenessState,
  livenessStep,
  type LivenessConfig,
  type LivenessObservation,
  type LivenessState,
} from '../../../src/core/face/liveness-session';
import { project } from './synthetic-face';

const box = { x: 240, y: 140, width: 160, height: 200 };
const frame = (patch: Partial<LivenessObservation> = {}): LivenessObservation => ({
  liveness: 0.97,
  landmarks: project(0),
  box,
  eyes: { leftOpen: 0.99, rightOpen: 0.99 },
  pose: { yaw: 0, pitch: 0, roll: 0 },
  ...patch,
});
const run = (
  frames: readonly LivenessObservation[],
  config: LivenessConfig = DEFAULT_LIVENESS,
): LivenessState =>
  frames.reduce((state, f) => livenessStep(state, f, config), initialLivenessState);
const times = (n: number, make: (i: number) => LivenessObservation) =>
  Array.from({ length: n }, (_, i) => make(i));
/** A flat picture slid sideways: every pair moves, none leaves the plane. */
const sliding = (i: number, liveness = 0.95) =>
  frame({ liveness, landmarks: project(0, 4, { x: 320 + 6 * i, y: 240 }) });

describe('livenessStep', () => {
  it('stays undecided until enough frames were seen', () => {
    expect(run(times(DEFAULT_LIVENESS.minFrames - 1, () => frame())).verdict).toEqual({
      kind: 'undecided',
    });
  });

  it('accepts a high passive score when the motion is not that of a flat object', () => {
    const verdict = run(times(5, () => frame())).verdict;
    expect(verdict.kind).toBe('live');
    if (verdict.kind === 'live') expect(verdict.score).toBeCloseTo(0.97, 6);
  });

  it('rejects a low passive score without asking for a challenge', () => {
    expect(run(times(5, () => frame({ liveness: 0.1 }))).verdict).toEqual({
      kind: 'spoof',
      reason: 'passive-score',
    });
  });

  it('asks for the configured challenge when the score is in between', () => {
    expect(run(times(5, () => frame({ liveness: 0.6 }))).verdict).toEqual({
      kind: 'need-challenge',
      challenge: 'blink',
    });
    const turn = { ...DEFAULT_LIVENESS, challenge: 'turn' as const };
    expect(
      run(
        times(5, () => frame({ liveness: 0.6 })),
        turn,
      ).verdict,
    ).toEqual({ kind: 'need-challenge', challenge: 'turn' });
  });

  it('asks for a challenge when a high-scoring face only ever moves like a flat picture', () => {
    expect(run(times(6, (i) => sliding(i))).verdict).toEqual({
      kind: 'need-challenge',
      challenge: 'blink',
    });
  });

  it('passes a blink: open, closed, open again', () => {
    const before = run(times(5, () => frame({ liveness: 0.6 })));
    const blink = [0.9, 0.1, 0.05, 0.95].map((open) =>
      frame({ liveness: 0.6, eyes: { leftOpen: open, rightOpen: open } }),
    );
    const after = blink.reduce((s, f) => livenessStep(s, f), before);
    expect(after.verdict).toEqual({ kind: 'live', score: expect.closeTo(0.6, 6) });
  });

  it('fails the challenge when nothing happens within the allowed frames', () => {
    const config = { ...DEFAULT_LIVENESS, challengeFrames: 10 };
    const state = run(
      times(5 + 10, () => frame({ liveness: 0.6 })),
      config,
    );
    expect(state.verdict).toEqual({ kind: 'spoof', reason: 'challenge-failed' });
  });

  it('passes a head turn only when the landmarks leave the plane on the way', () => {
    const config = { ...DEFAULT_LIVENESS, challenge: 'turn' as const };
    const yaws = [0, 0.15, 0.3, 0.35, 0.15, 0];
    const real = yaws.map((yaw) =>
      frame({
        liveness: 0.6,
        landmarks: project(yaw),
        pose: { yaw: (yaw * 180) / Math.PI, pitch: 0, roll: 0 },
      }),
    );
    const start = run(
      times(5, () => frame({ liveness: 0.6 })),
      config,
    );
    expect(real.reduce((s, f) => livenessStep(s, f, config), start).verdict.kind).toBe('live');
    // A picture rotated in its own plane while the pose model reports a turn: planar throughout.
    const flat = yaws.map((yaw, i) => ({
      ...sliding(i, 0.6),
      pose: { yaw: (yaw * 180) / Math.PI, pitch: 0, roll: 0 },
    }));
    expect(flat.reduce((s, f) => livenessStep(s, f, config), start).verdict).toEqual({
      kind: 'spoof',
      reason: 'planar-motion',
    });
  });

  it('stays decided once decided', () => {
    const spoof = run(times(5, () => frame({ liveness: 0.1 })));
    expect(livenessStep(spoof, frame({ liveness: 1 }))).toBe(spoof);
  });
});
