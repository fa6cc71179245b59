import { describe, expect, it } from 'vitest';
import {
  passRates,
  sessionThreshold,
  worstPassRates,
  type BoundScores,
  type SessionScoreTable,
} from '../../../../src/core/face/eval/session-evaluation';

/** Ten impostor sessions scoring 0.0..0.9 above `offset`, and the given genuine scores, under every bound. */
function bounds(offset: number, genuine: number[], fusedGenuine = genuine): BoundScores {
  const impostors = Array.from({ length: 10 }, (_, k) => offset + k / 10);
  return {
    'same-view': { genuine, impostors },
    'new-view': { genuine, impostors: impostors.map((score) => score + 0.05) },
    'new-view-fused': { genuine: fusedGenuine, impostors },
  };
}

const table: SessionScoreTable = {
  attempts: 3,
  sections: {
    all: bounds(0, [0.95, 0.99]),
    london: bounds(0.02, [0.99, 0.999], [0.5, 0.999]),
  },
};

describe('session pass rates', () => {
  it('passes a session only strictly above the threshold', () => {
    expect(passRates({ genuine: [0.5, 0.6], impostors: [0.4, 0.5] }, 0.5)).toEqual({
      genuineSessions: 2,
      impostorSessions: 2,
      genuinePass: 0.5,
      impostorPass: 0,
    });
  });

  it('takes the session threshold from the worst section and bound', () => {
    // A 10% target lets one impostor of ten pass: the second highest impostor session score. The
    // worst is london's new-view bound: 0.02 + 0.8 + 0.05.
    const threshold = sessionThreshold(table, 0.1) as number;
    expect(threshold).toBeCloseTo(0.87, 9);
    const worst = worstPassRates(table, threshold);
    expect(worst.impostorPass).toBeCloseTo(0.1, 9);
    expect(worst.genuinePass).toBe(0.5);
  });

  it('cannot resolve a target finer than one impostor session in any section', () => {
    expect(sessionThreshold(table, 0.01)).toBeNull();
  });
});
