import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FrameAssessment } from '../../../src/core/capture/ports';
import { FrameGate } from '../../../src/core/capture/frame-gate';
import type { Frame } from '../../../src/shared/kiosk-api/frame';
import { createHarness, frame, liveFace, settle, toFace } from './capture-fixtures';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('frame gate: drop, never queue', () => {
  it('analyses one frame at a time and keeps only the latest waiting one', async () => {
    const started: number[] = [];
    const pending: Array<() => void> = [];
    const gate = new FrameGate((f: Frame) => {
      started.push(f.data[0] ?? -1);
      return new Promise<void>((resolve) => pending.push(resolve));
    });
    expect(gate.submit(frame(1))).toBe('analyzing');
    for (let i = 2; i <= 100; i += 1) expect(gate.submit(frame(i))).toBe('waiting');
    expect(gate.dropped).toBe(98);
    pending.shift()?.();
    await settle();
    expect(started).toEqual([1, 100]);
    pending.shift()?.();
    await settle();
    expect(started).toEqual([1, 100]);
    expect(gate.hasWaiting).toBe(false);
    expect(gate.submit(frame(101))).toBe('analyzing');
  });

  it('keeps going after an analysis fails', async () => {
    const seen: number[] = [];
    const gate = new FrameGate(async (f: Frame) => {
      seen.push(f.data[0] ?? -1);
      throw new Error('engine hiccup');
    });
    gate.submit(frame(1));
    gate.submit(frame(2));
    await settle();
    expect(seen).toEqual([1, 2]);
  });
});

describe('capture session: frames, guidance and liveness', () => {
  it('sends at most two frames into the engine however many arrive while it is busy', async () => {
    const h = createHarness();
    const answers: Array<ReturnType<typeof deferred<FrameAssessment>>> = [];
    h.engine.assess = () => {
      const answer = deferred<FrameAssessment>();
      answers.push(answer);
      return answer.promise;
    };
    await toFace(h);
    const dispositions = Array.from({ length: 50 }, (_, i) => h.session.submitFrame(frame(i)));
    expect(dispositions[0]).toBe('analyzing');
    expect(new Set(dispositions.slice(1))).toEqual(new Set(['waiting']));
    expect(answers).toHaveLength(1);
    answers[0]?.resolve(liveFace(0.6));
    await settle();
    expect(answers).toHaveLength(2);
    answers[1]?.resolve(liveFace(0.7));
    await settle();
    expect(answers).toHaveLength(2);
    expect(h.session.state.state).toBe('result');
  });

  it('shows one instruction at a time, only once it has persisted for the debounce time', async () => {
    const h = createHarness();
    let instruction: FrameAssessment['instruction'] = 'come-closer';
    h.engine.assess = () => ({
      face: null,
      instruction,
      liveness: { kind: 'undecided' },
      faceChanged: false,
    });
    await toFace(h);
    const shown = () => (h.session.state.state === 'face' ? h.session.state.instruction : 'n/a');
    h.session.submitFrame(frame());
    await settle();
    expect(shown()).toBeNull();
    await vi.advanceTimersByTimeAsync(300);
    instruction = 'move-back';
    h.session.submitFrame(frame());
    await settle();
    await vi.advanceTimersByTimeAsync(300);
    instruction = 'come-closer';
    h.session.submitFrame(frame());
    await settle();
    expect(shown()).toBeNull(); // flickering between two instructions never settles on either
    await vi.advanceTimersByTimeAsync(500);
    h.session.submitFrame(frame());
    await settle();
    expect(shown()).toBe('come-closer');
    const faceEvents = h.events.filter(
      (e) => e.name === 'session.state' && e.payload.state === 'face',
    );
    expect(faceEvents).toHaveLength(2); // entering face, then the one instruction change
  });

  it('shows a liveness challenge at once and matches only after liveness passes', async () => {
    const h = createHarness();
    let verdict: FrameAssessment['liveness'] = { kind: 'need-challenge', challenge: 'blink' };
    h.engine.assess = () => ({ ...liveFace(), instruction: 'hold-still', liveness: verdict });
    await toFace(h);
    h.session.submitFrame(frame());
    await settle();
    h.session.submitFrame(frame());
    await settle();
    expect(h.session.state).toMatchObject({
      state: 'face',
      instruction: 'blink',
      challenge: 'blink',
    });
    verdict = { kind: 'live', score: 0.9, threshold: 0.5 };
    h.session.submitFrame(frame());
    await settle();
    expect(h.session.state.state).toBe('result');
    expect(h.drafts[0]?.verification).toMatchObject({ liveness: { score: 0.9, threshold: 0.5 } });
  });

  it('ignores low-quality frames when choosing the frames to match', async () => {
    const h = createHarness();
    let quality = 0.3;
    h.engine.assess = () => liveFace(quality);
    await toFace(h);
    h.session.submitFrame(frame());
    await settle();
    h.session.submitFrame(frame());
    await settle();
    expect(h.session.state.state).toBe('face');
    quality = 0.8;
    h.session.submitFrame(frame());
    await settle();
    h.session.submitFrame(frame());
    await settle();
    expect(h.session.state.state).toBe('result');
  });

  it('ignores frames outside the face step', () => {
    const h = createHarness();
    expect(h.session.submitFrame(frame())).toBe('ignored');
  });
});
