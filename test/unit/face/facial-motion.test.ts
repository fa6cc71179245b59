import { describe, expect, it } from 'vitest';
import type { Point } from '../../../src/core/face/face-landmarks';
import { faceShape, shapeEvidence, type FaceShape } from '../../../src/core/face/facial-motion';
import { blinking, frontalFace, openMouth } from './synthetic-face';

const open = { leftOpen: 0.99, rightOpen: 0.99 };
const eyeModel = { closedBelow: 0.3, openAbove: 0.6 };
const shape = (mouthOpen: number, eyeAspect = 0.3, eyesOpen = 0.99): FaceShape => ({
  mouthOpen,
  eyeAspect,
  eyesOpen,
});

describe('faceShape', () => {
  it('does not change when the face is moved, zoomed and rolled in the image plane', () => {
    const face = openMouth(frontalFace(), 6);
    const moved = face.map(({ x, y }: Point) => ({
      x: 1.3 * (Math.cos(0.3) * x - Math.sin(0.3) * y) + 40,
      y: 1.3 * (Math.sin(0.3) * x + Math.cos(0.3) * y) - 25,
    }));
    const a = faceShape(face, open);
    const b = faceShape(moved, open);
    expect(b.mouthOpen).toBeCloseTo(a.mouthOpen, 9);
    expect(b.eyeAspect).toBeCloseTo(a.eyeAspect, 9);
  });

  it('grows with the lip gap and shrinks when the lids close; reports the less open eye', () => {
    const face = frontalFace();
    expect(faceShape(openMouth(face, 8), open).mouthOpen).toBeGreaterThan(
      faceShape(face, open).mouthOpen + 0.05,
    );
    expect(faceShape(blinking(face, 0.8), open).eyeAspect).toBeLessThan(
      faceShape(face, open).eyeAspect,
    );
    expect(faceShape(face, { leftOpen: 0.2, rightOpen: 0.9 }).eyesOpen).toBe(0.2);
  });
});

describe('shapeEvidence', () => {
  it('measures the mouth range, ignoring a single-frame landmark glitch', () => {
    const glitch = [0.02, 0.02, 0.2, 0.02, 0.02].map((m) => shape(m));
    expect(shapeEvidence(glitch, eyeModel).mouthRange).toBeCloseTo(0, 9);
    const speech = [0.02, 0.02, 0.08, 0.09, 0.08, 0.03, 0.02].map((m) => shape(m));
    expect(shapeEvidence(speech, eyeModel).mouthRange).toBeGreaterThan(0.05);
  });

  it('counts an eye-aspect dip as a blink only when the eye model saw closed then open', () => {
    const aspects = [0.3, 0.3, 0.3, 0.1, 0.1, 0.1, 0.3, 0.3, 0.3];
    const withModel = aspects.map((a) => shape(0.02, a, a < 0.2 ? 0.05 : 0.95));
    expect(shapeEvidence(withModel, eyeModel).blinkDip).toBeCloseTo(2 / 3, 6);
    const modelSilent = aspects.map((a) => shape(0.02, a, 0.95));
    expect(shapeEvidence(modelSilent, eyeModel).blinkDip).toBe(0);
  });

  it('finds no evidence in an empty window', () => {
    expect(shapeEvidence([], eyeModel)).toEqual({ mouthRange: 0, blinkDip: 0 });
  });
});
