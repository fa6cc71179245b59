import { describe, expect, it } from 'vitest';
import { CalibrationError } from '../../../../src/core/face/match/calibration';
import { l2Normalize } from '../../../../src/core/face/match/embedding-math';
import { createMatcher, decideMatch } from '../../../../src/core/face/match/match-decision';
import { CALIBRATION } from './calibration-fixture';

const unit = (...values: number[]) => l2Normalize(values);
// cos(card, live) = 0.5 exactly: 60 degrees apart.
const card = unit(1, 0, 0);
const live = unit(0.5, Math.sqrt(3) / 2, 0);
const stranger = unit(0, 0, 1);

describe('decideMatch', () => {
  it('matches a score above the default operating point threshold', () => {
    expect(decideMatch(0.41, CALIBRATION)).toEqual({
      outcome: 'match',
      score: 0.41,
      threshold: 0.4,
      operatingPoint: 'far-1e-3',
    });
  });

  it('rejects a score equal to the threshold', () => {
    expect(decideMatch(0.4, CALIBRATION).outcome).toBe('no-match');
  });

  it('uses the threshold of the operating point asked for', () => {
    expect(decideMatch(0.35, CALIBRATION, 'far-1e-2')).toMatchObject({
      outcome: 'match',
      threshold: 0.3,
    });
    expect(decideMatch(0.35, CALIBRATION).outcome).toBe('no-match');
  });

  it('throws a typed error for an operating point the calibration lacks', () => {
    const thrown = (() => {
      try {
        decideMatch(0.5, CALIBRATION, 'far-1e-4');
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(CalibrationError);
    expect((thrown as CalibrationError).reason).toBe('unknown-operating-point');
    expect((thrown as CalibrationError).text.en).toContain('far-1e-2, far-1e-3');
  });
});

describe('createMatcher', () => {
  it('decides on fixed vectors by cosine similarity', () => {
    const matcher = createMatcher({ calibration: CALIBRATION });
    const same = matcher.match(card, [live]);
    expect(same.outcome).toBe('match');
    expect(same.score).toBeCloseTo(0.5, 6);
    expect(matcher.match(card, [stranger])).toMatchObject({ outcome: 'no-match', score: 0 });
  });

  it('uses only the best frames it is told to', () => {
    const single = createMatcher({ calibration: CALIBRATION, bestFrames: 1, fusion: 'max-score' });
    expect(single.match(card, [stranger, live]).outcome).toBe('no-match');
    const two = createMatcher({ calibration: CALIBRATION, bestFrames: 2, fusion: 'max-score' });
    expect(two.match(card, [stranger, live]).outcome).toBe('match');
  });

  it('refuses at construction an operating point the calibration lacks', () => {
    expect(() => createMatcher({ calibration: CALIBRATION, operatingPoint: 'far-1e-5' })).toThrow(
      CalibrationError,
    );
  });
});
