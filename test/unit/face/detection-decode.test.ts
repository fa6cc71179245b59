import { describe, expect, it } from 'vitest';
import {
  decodeDetections,
  iou,
  largestFace,
  nonMaxSuppression,
} from '../../../src/core/face/detection-decode';
import { letterboxOf } from '../../../src/core/face/letterbox';

const box = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });

describe('nonMaxSuppression', () => {
  it('keeps the highest-scoring box of an overlapping cluster, whatever the input order', () => {
    const faces = [
      { box: box(0, 0, 10, 10), score: 0.7 },
      { box: box(1, 1, 10, 10), score: 0.95 },
      { box: box(50, 50, 10, 10), score: 0.8 },
    ];
    expect(nonMaxSuppression(faces, 0.4)).toEqual([faces[1], faces[2]]);
  });

  it('keeps boxes that overlap by no more than the threshold', () => {
    const a = { box: box(0, 0, 10, 10), score: 0.9 };
    const b = { box: box(5, 0, 10, 10), score: 0.8 }; // IoU = 50 / 150 = 1/3
    expect(iou(a.box, b.box)).toBeCloseTo(1 / 3, 10);
    expect(nonMaxSuppression([a, b], 0.4)).toHaveLength(2);
    expect(nonMaxSuppression([a, b], 0.3)).toHaveLength(1);
  });
});

describe('largestFace', () => {
  it('picks the largest box wherever it is in the list, not the first or the best-scored', () => {
    const faces = [
      { box: box(0, 0, 10, 10), score: 0.99 },
      { box: box(0, 0, 40, 50), score: 0.7 },
      { box: box(0, 0, 30, 30), score: 0.9 },
    ];
    expect(largestFace(faces)).toBe(1);
    expect(largestFace([...faces].reverse())).toBe(1);
    expect(largestFace([])).toBe(-1);
  });
});

describe('decodeDetections', () => {
  const spec = {
    faceClass: 1,
    classes: 2,
    scoreThreshold: 0.65,
    nmsIou: 0.4,
    inputWidth: 320,
    inputHeight: 240,
  };

  it('reads the face class score, drops low scores and maps corner fractions back through the letterbox', () => {
    const frame = { width: 102, height: 126 };
    const lb = letterboxOf(102, 126, 320, 240);
    // Anchor 0: a face filling the middle of the photo; anchor 1: below threshold.
    const x1 = (lb.offsetX + 20 * lb.scale) / 320;
    const x2 = (lb.offsetX + 80 * lb.scale) / 320;
    const scores = new Float32Array([0.1, 0.9, 0.5, 0.5]);
    const boxes = new Float32Array([
      x1,
      (30 * lb.scale) / 240,
      x2,
      (100 * lb.scale) / 240,
      0,
      0,
      1,
      1,
    ]);
    const [face, ...rest] = decodeDetections(scores, boxes, spec, lb, frame);
    expect(rest).toEqual([]);
    expect(face?.score).toBeCloseTo(0.9, 6);
    expect(face?.box.x).toBeCloseTo(20, 3);
    expect(face?.box.y).toBeCloseTo(30, 3);
    expect(face?.box.width).toBeCloseTo(60, 3);
    expect(face?.box.height).toBeCloseTo(70, 3);
  });

  it('clips boxes that run past the frame, as the model does not', () => {
    const lb = letterboxOf(320, 240, 320, 240);
    const scores = new Float32Array([0, 1]);
    const boxes = new Float32Array([-0.1, -0.1, 0.5, 1.2]);
    const [face] = decodeDetections(scores, boxes, spec, lb, { width: 320, height: 240 });
    expect(face?.box).toEqual({ x: 0, y: 0, width: 160, height: 240 });
  });
});
