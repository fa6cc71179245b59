import type { Calibration } from '../../../../src/core/face/match/calibration';

/** A small valid calibration for matcher tests. */
export const CALIBRATION: Calibration = {
  version: 1,
  rule: 'match when cosine similarity > threshold',
  defaultOperatingPoint: 'far-1e-3',
  operatingPoints: {
    'far-1e-2': { far: 0.01, threshold: 0.3, tar: 0.95 },
    'far-1e-3': { far: 0.001, threshold: 0.4, tar: 0.9 },
  },
  computedOn: {
    set: 'faces',
    condition: 'card',
    date: '2026-11-25T14:00:00.000Z',
    genuine: 872,
    impostors: 493000,
    embedding: 'flip TTA',
    flipEmbedding: true,
    models: { 'fr_feature.onnx': 'a'.repeat(64) },
  },
};
