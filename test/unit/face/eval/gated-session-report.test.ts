import { describe, expect, it } from 'vitest';
import type { FaceSet } from '../../../../src/core/face/eval/face-set';
import {
  buildGatedReport,
  gateTable,
  GATED_SESSION_POINT,
} from '../../../../src/core/face/eval/gated-session-report';
import type { GatedFace } from '../../../../src/core/face/face-guidance';

const frontal: GatedFace = {
  pose: { yaw: 0, pitch: 0, roll: 0 },
  eyes: { leftOpen: 1, rightOpen: 1 },
  quality: { sharpness: 100, brightness: 120, faceHeight: 0.4, offsetX: 0, offsetY: 0 },
};
const turned: GatedFace = { ...frontal, pose: { yaw: 40, pitch: 0, roll: 0 } };

// Three people, two images each; person b's second image is turned away.
const set: FaceSet = {
  dir: 'faces',
  images: ['a', 'a', 'b', 'b', 'c', 'c'].map((person, k) => ({
    file: `x_${person}/${k}.jpg`,
    identity: `x_${person}`,
    group: 'x',
  })),
};
const embedding = (degrees: number) =>
  Float32Array.of(Math.cos((degrees * Math.PI) / 180), Math.sin((degrees * Math.PI) / 180));
const live = [0, 5, 90, 170, 200, 205].map(embedding);
const embeddings = {
  live,
  card: live,
  faces: [frontal, frontal, frontal, turned, frontal, frontal],
};
const ungated = {
  attempts: 3,
  impostorTarget: 0.001,
  points: [{ name: 'far-1e-2', threshold: 0.5, sections: {} }],
};

describe('gated session report', () => {
  const report = buildGatedReport(set, embeddings, ungated);

  it('scores only the images the gates let through, at the ungated thresholds', () => {
    const all = report.sessions.points[0]?.sections.all?.['same-view'];
    // a: 2 genuine sessions; b: its frontal card has no attempt left, its turned one is no card;
    // c: 2. Impostors: a's and c's two cards each against 3 other attempts (b has one left), b's
    // frontal card against a's and c's 4.
    expect(all).toMatchObject({ genuineSessions: 4, impostorSessions: 16, genuinePass: 1 });
    // b's turned image (170 degrees) would have been c's impostor above the threshold.
    expect(all?.impostorPass).toBe(0);
  });

  it('adds no gated session point when the set cannot resolve the impostor target', () => {
    expect(report.sessions.points.map((point) => point.name)).not.toContain(GATED_SESSION_POINT);
  });

  it('prints what each gate removed and what is left', () => {
    expect(gateTable(report)).toContain('| all | 6 | 0 | 1 | 0 | 0 | 0 | 5 | 5 |');
  });
});
