/**
 * What the session does about a reader event or a timeout, as a pure decision table; the session
 * carries the reaction out. Second card policy: a different card while a session runs aborts it
 * (nothing kept) and starts a new session for the new card, consent first.
 */
import type { CardCheckCode, CardRefusalReason } from '../../shared/kiosk-api/card-checks';
import type { FinalOutcome, ReasonKey } from '../../shared/kiosk-api/capture-keys';
import { assertNever } from '../../shared/result';
import type { Phase } from './capture-phase';
import { sameCard } from './card-summary';
import type { CardSourceEvent, SessionCard } from './ports';

/** One step the session takes. */
export type Reaction =
  | { readonly kind: 'none' }
  | { readonly kind: 'begin'; readonly card: SessionCard | null }
  | { readonly kind: 'hold-card'; readonly card: SessionCard | null }
  | { readonly kind: 'start-face'; readonly attempt: number; readonly card: SessionCard | null }
  | { readonly kind: 'fail-attempt'; readonly attempt: number; readonly reasonKey: ReasonKey }
  /** The liveness evidence says this is not a live person: the session ends (or the kiosk locks). */
  | { readonly kind: 'spoof'; readonly attempt: number }
  | { readonly kind: 'result'; readonly outcome: FinalOutcome; readonly reasonKey: ReasonKey }
  /** The card policy refused the card: wiped, the worker told why. */
  | {
      readonly kind: 'refuse-card';
      readonly reasonKey: CardRefusalReason;
      readonly check: CardCheckCode;
    }
  /** End early: wiped, then "take your card" if it is still on the reader. */
  | { readonly kind: 'finish'; readonly reasonKey: ReasonKey }
  /** End at once, wiped; optionally start again for a new card. */
  | {
      readonly kind: 'abort';
      readonly reasonKey: ReasonKey;
      readonly restartWith: SessionCard | null;
    }
  | { readonly kind: 'enter'; readonly phase: Phase };

const NONE: Reaction = { kind: 'none' };
const IDLE: Reaction = { kind: 'enter', phase: { kind: 'idle', endedBy: null } };
const CARD_BOUND = new Set<Phase['kind']>([
  'card-review',
  'face',
  'matching',
  'retry',
  'operator-review',
]);

/** The reaction to a reader event; `held` is the session's card, if any. */
export function reactToCard(
  phase: Phase,
  event: CardSourceEvent,
  held: SessionCard | null,
): Reaction {
  switch (event.type) {
    case 'card-present':
      return phase.kind === 'idle' ? { kind: 'begin', card: null } : NONE;
    case 'card-removed':
      if (phase.kind === 'done') return IDLE;
      if (phase.kind === 'consent') return { kind: 'hold-card', card: null };
      return CARD_BOUND.has(phase.kind)
        ? { kind: 'abort', reasonKey: 'card-removed', restartWith: null }
        : NONE;
    case 'card-read':
      if (phase.kind === 'idle') return { kind: 'begin', card: event.card };
      if (phase.kind === 'consent') return { kind: 'hold-card', card: event.card };
      if (phase.kind === 'card') return { kind: 'start-face', attempt: 1, card: event.card };
      if (CARD_BOUND.has(phase.kind) && held && !sameCard(held.card, event.card.card)) {
        return { kind: 'abort', reasonKey: 'card-changed', restartWith: event.card };
      }
      return NONE;
    default:
      return assertNever(event, 'card event');
  }
}

/**
 * Face changes within one attempt from which a face timeout is a spoof verdict: faces swapped in
 * front of the camera (photos shuffled, a screen flicking between people) restart the liveness
 * evidence each time, so no verdict ever comes. One worker at the kiosk is the same face from frame
 * to frame (same-person consecutive frames: cosine 0.85-0.99, docs/accuracy.md); ten replacements
 * within one face timeout are not one person who was slow.
 */
export const SPOOF_FACE_CHANGES = 10;

/** The reaction to a state's timeout. */
export function reactToTimeout(
  phase: Phase,
  facts: { sawFace: boolean; challenged: boolean; faceChanges: number; cardPresent: boolean },
): Reaction {
  switch (phase.kind) {
    case 'consent':
      return { kind: 'finish', reasonKey: 'consent-timeout' };
    case 'card':
      return { kind: 'finish', reasonKey: 'card-timeout' };
    case 'face':
      // A challenge left unanswered for the whole face time is what a photo does, and a face
      // replaced again and again is what swapped photos do: a spoof verdict either way.
      if (facts.challenged || facts.faceChanges >= SPOOF_FACE_CHANGES)
        return { kind: 'spoof', attempt: phase.attempt };
      return {
        kind: 'fail-attempt',
        attempt: phase.attempt,
        reasonKey: facts.sawFace ? 'face-timeout' : 'no-face',
      };
    case 'matching':
      return { kind: 'fail-attempt', attempt: phase.attempt, reasonKey: 'matching-timeout' };
    case 'retry':
      return { kind: 'start-face', attempt: phase.attempt + 1, card: null };
    case 'operator-review':
    case 'card-review':
      return { kind: 'result', outcome: 'fail', reasonKey: 'review-timeout' };
    case 'result':
    case 'refused':
      return facts.cardPresent ? { kind: 'enter', phase: { kind: 'done' } } : IDLE;
    case 'done':
    case 'locked':
      return IDLE;
    case 'idle':
      return NONE;
    default:
      return assertNever(phase, 'phase');
  }
}
