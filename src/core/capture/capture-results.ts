/** Where a session goes when an attempt fails, and what the worker is told at each result. */
import type { CapturePolicy } from '../../shared/config/capture-policy-schema';
import type { ReasonKey } from '../../shared/kiosk-api/capture-keys';
import type { SessionResult } from '../../shared/kiosk-api/session-events';
import type { Phase } from './capture-phase';

/** After a failed attempt: another try, the operator (where policy allows), or fail. */
export function afterFailedAttempt(
  attempt: number,
  reasonKey: ReasonKey,
  policy: CapturePolicy,
): Phase {
  if (attempt < policy.attempts) return { kind: 'retry', attempt, reasonKey };
  if (policy.operatorVerification.allowed)
    return { kind: 'operator-review', reasonKey: 'attempts-exhausted' };
  return {
    kind: 'result',
    outcome: 'fail',
    reasonKey: attempt > 1 ? 'attempts-exhausted' : reasonKey,
  };
}

/** The `session.result` event a state announces, if it announces one. */
export function resultOf(phase: Phase): SessionResult | null {
  switch (phase.kind) {
    case 'retry':
      return { outcome: 'retry', reasonKey: phase.reasonKey, nextSteps: [] };
    case 'operator-review':
      return {
        outcome: 'operator-review',
        reasonKey: phase.reasonKey,
        nextSteps: ['call-operator'],
      };
    case 'result':
      return phase.outcome === 'pass'
        ? {
            outcome: 'pass',
            reasonKey: phase.reasonKey,
            nextSteps: ['take-card', 'visit-personal-service', 'set-initial-password'],
          }
        : {
            outcome: 'fail',
            reasonKey: phase.reasonKey,
            nextSteps: ['try-again', 'call-operator'],
          };
    case 'locked':
      // A spoof lockout ends the session that triggered it: the console counts it, a driver stops.
      return phase.reason === 'spoof-lockout'
        ? {
            outcome: 'fail',
            reasonKey: 'spoof-suspected',
            nextSteps: ['wait-for-unlock', 'call-operator'],
          }
        : null;
    case 'refused':
      return {
        outcome: 'refused',
        reasonKey: phase.reasonKey,
        nextSteps: ['take-card'],
        cardCheck: phase.check,
      };
    default:
      return null;
  }
}
