import { describe, expect, it } from 'vitest';
import { faceEnginePort, type FaceAnalyzer } from '../../../src/core/devices/face-engine-port';
import type { EngineFrame } from '../../../src/core/face/engine/engine-frame';
import type { AnalyzedFace, FrameAnalysis } from '../../../src/core/face/frame-analysis';
import { DEFAULT_LIVENESS } from '../../../src/core/face/liveness-config';
import type { Point } from '../../../src/core/face/face-landmarks';
import { frontalFace, openMouth, turnedHead } from '../face/synthetic-face';
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

  it('asks a face in the replay band to turn to the side its random source draws, and passes the turn at liveScore', async () => {
    const band = (DEFAULT_LIVENESS.liveScore + DEFAULT_LIVENESS.confidentScore) / 2;
    const face = (landmarks: readonly Point[], yaw: number): AnalyzedFace => {
      const xs = landmarks.map((p) => p.x);
      const ys = landmarks.map((p) => p.y);
      const box = {
        x: Math.min(...xs),
        y: Math.min(...ys),
        width: Math.max(...xs) - Math.min(...xs),
        height: Math.max(...ys) - Math.min(...ys),
      };
      return {
        box,
        score: 0.99,
        index: 0,
        landmarks,
        pose: { yaw, pitch: 0, roll: 0 },
        eyes: { leftOpen: 0.99, rightOpen: 0.99 },
        quality: { sharpness: 80, brightness: 130, faceHeight: 0.42, offsetX: 0, offsetY: 0 },
        liveness: band,
        livenessAcrossCrops: band,
        embedding: Float32Array.from([1, 0, 0, 0]),
      };
    };
    // Talking in the band (what a replay shows), then turning right: the camera sees the nose go
    // to the image's left and the pose model's yaw rise.
    const script: AnalyzedFace[] = [
      ...Array.from({ length: DEFAULT_LIVENESS.evidenceFrames }, (_, i) =>
        face(openMouth(frontalFace(), 10 * Math.abs(Math.sin(i / 2.5))), 0),
      ),
      ...Array.from({ length: 12 }, (_, i) => face(turnedHead((-2 * i * Math.PI) / 180), 2 * i)),
    ];
    let next = 0;
    const analyzer: FaceAnalyzer = {
      analyze: async () => ({ ...noFace(640, 480), chosen: script[next++] ?? null }),
      enroll: async () => ({ ok: false, error: { kind: 'no-face' } }),
    };
    const draws: number[] = [];
    const attempt = faceEnginePort(analyzer, () => (draws.push(0.9), 0.9)).beginAttempt({
      livenessLevel: 'medium',
    });
    const frame: Frame = { width: 640, height: 480, format: 'jpeg', data: new Uint8Array(4) };
    const verdicts = [];
    for (let i = 0; i < script.length; i += 1)
      verdicts.push((await attempt.analyze(frame)).liveness);
    expect(verdicts.slice(0, DEFAULT_LIVENESS.evidenceFrames - 1).map((v) => v.kind)).not.toContain(
      'live',
    );
    expect(verdicts[DEFAULT_LIVENESS.evidenceFrames - 1]).toEqual({
      kind: 'need-challenge',
      challenge: 'turn-head-right',
    });
    expect(draws).toHaveLength(1);
    expect(verdicts.at(-1)).toEqual({
      kind: 'live',
      score: expect.closeTo(band, 6),
      threshold: DEFAULT_LIVENESS.liveScore,
    });
  });
});
