import { describe, expect, it } from 'vitest';
import { faceEnginePort, type FaceAnalyzer } from '../../../src/core/devices/face-engine-port';
import type { EngineFrame } from '../../../src/core/face/engine/engine-frame';
import type { FrameAnalysis } from '../../../src/core/face/frame-analysis';
import type { Frame } from '../../../src/shared/kiosk-api/frame';

const noFace = (width: number, height: number): FrameAnalysis => ({
  width,
  height,
  faces: [],
  chosen: null,
  timings: {
    detectMs: 1,
    landmarksMs: 0,
    embeddingMs: 0,
    livenessMs: 0,
    poseMs: 0,
    eyesMs: 0,
    modelsMs: 1,
    totalMs: 1,
  },
});

describe('face engine port', () => {
  it('hands the engine the camera frame as submitted: the JPEG bytes, never pixels decoded here', async () => {
    const received: EngineFrame[] = [];
    const analyzer: FaceAnalyzer = {
      analyze: async (frame) => (received.push(frame), noFace(frame.width, frame.height)),
      enroll: async () => ({ ok: false, error: { kind: 'no-face' } }),
    };
    const jpeg: Frame = {
      width: 640,
      height: 480,
      format: 'jpeg',
      data: new Uint8Array([0xff, 0xd8, 0x00, 0xff, 0xd9]),
    };
    const attempt = faceEnginePort(analyzer, () => 0).beginAttempt({ livenessLevel: 'medium' });
    const assessment = await attempt.analyze(jpeg);
    expect(received).toHaveLength(1);
    expect(received[0]).toBe(jpeg);
    expect(assessment).toMatchObject({ face: null, liveness: { kind: 'undecided' } });
  });
});
