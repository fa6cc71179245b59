/** The capture session's states inside core, and how each one looks to the screens. */
import type { CapturePolicy } from '../../shared/config/capture-policy-schema';
import type {
  CardCheckCode,
  CardRefusalReason,
  CardReviewItem,
} from '../../shared/kiosk-api/card-checks';
import type { CardSummary } from '../../shared/kiosk-api/card-summary';
import type {
  ChallengeKey,
  FinalOutcome,
  GuidanceKey,
  ReasonKey,
} from '../../shared/kiosk-api/capture-keys';
import type { SessionStateView } from '../../shared/kiosk-api/session-events';
import { assertNever } from '../../shared/result';

/** A state of the session machine (no personal data: that lives in the session data, wiped at the end). */
export type Phase =
  | { readonly kind: 'idle'; readonly endedBy: ReasonKey | null }
  | {
      readonly kind: 'locked';
      readonly reason: 'spoof-lockout' | 'operator';
      readonly untilMs: number | null;
    }
  | { readonly kind: 'consent' }
  | { readonly kind: 'card' }
  /** The card policy holds the card for an operator's review before the face step. */
  | { readonly kind: 'card-review'; readonly items: readonly [CardReviewItem, ...CardReviewItem[]] }
  | { readonly kind: 'face'; readonly attempt: number }
  | { readonly kind: 'matching'; readonly attempt: number }
  | { readonly kind: 'retry'; readonly attempt: number; readonly reasonKey: ReasonKey }
  | { readonly kind: 'operator-review'; readonly reasonKey: ReasonKey }
  | { readonly kind: 'result'; readonly outcome: FinalOutcome; readonly reasonKey: ReasonKey }
  /** The card policy refused the card: nothing is recorded; the worker is told why and what to do. */
  | {
      readonly kind: 'refused';
      readonly reasonKey: CardRefusalReason;
      readonly check: CardCheckCode;
    }
  | { readonly kind: 'done' };

/** How long a state may last (ms); null for states that wait indefinitely or end on their own timer. */
export function phaseTimeoutMs(phase: Phase, timeouts: CapturePolicy['timeoutsMs']): number | null {
  switch (phase.kind) {
    case 'idle':
    case 'locked':
      return null;
    case 'operator-review':
    case 'card-review':
      return timeouts.operatorReview;
    case 'refused':
      return timeouts.result;
    case 'consent':
    case 'card':
    case 'face':
    case 'matching':
    case 'retry':
    case 'result':
    case 'done':
      return timeouts[phase.kind];
    default:
      return assertNever(phase, 'phase');
  }
}

/** What the view of a state needs besides the state itself. */
export interface ViewContext {
  readonly policy: CapturePolicy;
  readonly card: CardSummary | null;
  readonly instruction: GuidanceKey | null;
  readonly challenge: ChallengeKey | null;
  readonly deadlineMs: number | null;
}

function requireCard(context: ViewContext): CardSummary {
  // A state past the card without a card is a bug in the machine, not an expected failure.
  if (!context.card) throw new Error('capture state needs a card but the session holds none');
  return context.card;
}

/** The `session.state` payload of a state. */
export function viewOf(phase: Phase, context: ViewContext): SessionStateView {
  const { deadlineMs, policy } = context;
  switch (phase.kind) {
    case 'idle':
      return { state: 'idle', endedBy: phase.endedBy };
    case 'locked':
      return { state: 'locked', reason: phase.reason, untilMs: phase.untilMs };
    case 'consent':
      return {
        state: 'consent',
        consentVersion: policy.consentVersion,
        transmits: policy.transmit,
        deadlineMs,
      };
    case 'card':
      return { state: 'card', deadlineMs };
    case 'card-review':
      return {
        state: 'card-review',
        card: requireCard(context),
        items: [...phase.items],
        deadlineMs,
      };
    case 'face':
      return {
        state: 'face',
        card: requireCard(context),
        attempt: phase.attempt,
        attemptsAllowed: policy.attempts,
        instruction: context.instruction,
        challenge: context.challenge,
        deadlineMs,
      };
    case 'matching':
      return { state: 'matching', card: requireCard(context), attempt: phase.attempt, deadlineMs };
    case 'retry':
      return {
        state: 'retry',
        attempt: phase.attempt,
        attemptsAllowed: policy.attempts,
        reasonKey: phase.reasonKey,
        deadlineMs,
      };
    case 'operator-review':
      return {
        state: 'operator-review',
        card: requireCard(context),
        reasonKey: phase.reasonKey,
        deadlineMs,
      };
    case 'result':
      return { state: 'result', outcome: phase.outcome, deadlineMs };
    case 'refused':
      return { state: 'result', outcome: 'refused', deadlineMs };
    case 'done':
      return { state: 'done', deadlineMs };
    default:
      return assertNever(phase, 'phase');
  }
}
