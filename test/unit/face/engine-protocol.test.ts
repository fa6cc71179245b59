import { describe, expect, it } from 'vitest';
import { rgbImageSchema } from '../../../src/core/face/engine/analysis-schema';
import { fromEngineSchema, toEngineSchema } from '../../../src/core/face/engine/engine-protocol';

const frame = { format: 'rgb', width: 2, height: 1, data: new Uint8Array(6) };
const jpeg = { format: 'jpeg', width: 640, height: 480, data: new Uint8Array([0xff, 0xd8]) };

describe('engine message envelope', () => {
  it('accepts an analyze request with a raw RGB frame or the camera JPEG, and a shutdown', () => {
    expect(
      toEngineSchema.safeParse({ kind: 'request', id: 1, method: 'analyze', payload: { frame } })
        .success,
    ).toBe(true);
    const withJpeg = { kind: 'request', id: 2, method: 'analyze', payload: { frame: jpeg } };
    expect(toEngineSchema.safeParse(withJpeg).success).toBe(true);
    const { format: _, ...untagged } = frame;
    const withUntagged = {
      kind: 'request',
      id: 3,
      method: 'analyze',
      payload: { frame: untagged },
    };
    expect(toEngineSchema.safeParse(withUntagged).success).toBe(false);
    expect(toEngineSchema.safeParse({ kind: 'shutdown' }).success).toBe(true);
  });

  it('refuses unknown methods, a payload under the wrong name and non-integer ids', () => {
    expect(
      toEngineSchema.safeParse({ kind: 'request', id: 1, method: 'train', payload: { frame } })
        .success,
    ).toBe(false);
    expect(
      toEngineSchema.safeParse({ kind: 'request', id: 1, method: 'enroll', payload: { frame } })
        .success,
    ).toBe(false);
    expect(
      toEngineSchema.safeParse({ kind: 'request', id: 1.5, method: 'analyze', payload: { frame } })
        .success,
    ).toBe(false);
  });

  it('refuses a frame whose bytes do not match its size, or that is not a Uint8Array', () => {
    expect(rgbImageSchema.safeParse({ width: 2, height: 2, data: new Uint8Array(6) }).success).toBe(
      false,
    );
    expect(
      rgbImageSchema.safeParse({ width: 2, height: 1, data: [0, 0, 0, 0, 0, 0] }).success,
    ).toBe(false);
    expect(rgbImageSchema.safeParse(frame).success).toBe(true);
  });

  it('tells a failed start with its model problem from an ordinary answer', () => {
    const text = { 'zh-CN': '缺失', en: 'missing' };
    const failed = fromEngineSchema.parse({
      kind: 'start-failed',
      problem: { code: 'face.model.missing', text, retryable: false },
      model: { problem: 'missing', file: '/m/fr_detect.onnx', detail: '' },
    });
    expect(failed.kind).toBe('start-failed');
    expect(
      fromEngineSchema.safeParse({ kind: 'response', id: 3, ok: true, value: null }).success,
    ).toBe(true);
    expect(fromEngineSchema.safeParse({ kind: 'response', id: 3, ok: false }).success).toBe(false);
  });
});
