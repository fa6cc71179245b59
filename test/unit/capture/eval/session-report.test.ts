import { describe, expect, it } from 'vitest';
import {
  sessionTables,
  summarizeSessions,
  type EvaluatedSession,
} from '../../../../src/core/capture/eval/session-report';

const session = (patch: Partial<EvaluatedSession>): EvaluatedSession => ({
  clip: 'c.y4m',
  kind: 'live',
  synthetic: false,
  person: 'p1',
  cardOf: 'p1',
  role: 'genuine',
  outcome: 'pass',
  reasonKey: 'matched',
  decisionMs: 1_000,
  challenges: 0,
  challengeKeys: [],
  attempts: 1,
  passive: { mean: 0.95, min: 0.9, acrossCropsMean: 0.8 },
  ...patch,
});

describe('summarizeSessions', () => {
  const sessions = [
    session({ decisionMs: 500 }),
    session({
      outcome: 'fail',
      reasonKey: 'attempts-exhausted',
      decisionMs: 9_000,
      challenges: 1,
      challengeKeys: ['turn-head-left'],
    }),
    session({ role: 'impostor', cardOf: 'p2', outcome: 'fail', decisionMs: 8_000 }),
    session({ role: 'attack', kind: 'tilt', outcome: 'fail', decisionMs: 400 }),
    session({ role: 'attack', kind: 'tilt', outcome: 'pass', decisionMs: 600, synthetic: true }),
    session({
      role: 'attack',
      kind: 'still',
      outcome: 'undecided',
      reasonKey: null,
      decisionMs: 700,
      synthetic: true,
      passive: null,
    }),
  ];
  const summary = summarizeSessions(sessions);

  it('counts genuine passes (BPCER = 1 - pass rate), impostor passes and APCER per attack kind', () => {
    expect(summary.genuine).toEqual({ sessions: 2, passed: 1, passRate: 0.5, bpcer: 0.5 });
    expect(summary.impostor).toEqual({ sessions: 1, passed: 0, passRate: 0 });
    expect(summary.attacks.tilt).toEqual({ sessions: 2, passed: 1, passRate: 0.5, apcer: 0.5 });
    expect(summary.attacks.still?.apcer).toBe(0);
    expect(summary.attacks.print).toBeUndefined();
  });

  it('reports time to decision by nearest rank, challenged and undecided sessions', () => {
    expect(summary.decisionMs).toEqual({ p50: 600, p90: 9_000, max: 9_000 });
    expect(summary.challengedSessions).toBe(1);
    expect(summary.undecided).toBe(1);
  });

  it('prints the figures and one row per session', () => {
    const text = sessionTables(summary, sessions);
    expect(text).toContain(
      '| attack tilt (partly synthetic) (own card): pass | 1/2 | APCER 50.0% |',
    );
    expect(text).toContain('| attack still (synthetic) (own card): pass | 0/1 | APCER 0.0% |');
    expect(text).toContain(
      '| c.y4m | tilt (synthetic) | p1 | pass | matched | 0.6 s | 1 | 0 | 0.950 / 0.900 / 0.800 |',
    );
    expect(text).toContain(
      '| c.y4m | still (synthetic) | p1 | undecided | – | 0.7 s | 1 | 0 | – |',
    );
    expect(text).toContain('| 9.0 s | 1 | 1 turn-head-left |');
    expect(text.split('\n').filter((line) => line.startsWith('| c.y4m'))).toHaveLength(6);
  });

  it('has no rates without sessions', () => {
    expect(summarizeSessions([]).genuine).toEqual({
      sessions: 0,
      passed: 0,
      passRate: null,
      bpcer: null,
    });
  });
});
