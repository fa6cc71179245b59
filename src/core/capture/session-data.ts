/** The personal data one session holds while it runs, and the draft it hands to the record sink. */
import type { CapturePolicy } from '../../shared/config/capture-policy-schema';
import type { CardSummary } from '../../shared/kiosk-api/card-summary';
import type { Embedding } from '../face/match/embedding-math';
import type { KeptFrame } from './best-frames';
import type { FaceAttemptRunner } from './face-attempt-runner';
import type { CaptureDraft, SessionCard } from './ports';

/** Everything personal a session holds; the session drops the whole object when it ends. */
export interface SessionData {
  card: SessionCard | null;
  summary: CardSummary | null;
  consentAtMs: number | null;
  /** The card photo's embedding, computed once per session when the face step starts. */
  reference: Promise<Embedding> | null;
  runner: FaceAttemptRunner | null;
  /** The best frames of the attempt being matched, best first. */
  matchFrames: readonly KeptFrame[];
  liveness: { readonly score: number; readonly threshold: number } | null;
  /** A record is being saved: no second decision may start one. */
  saving: boolean;
  /** The card passed the card policy (by itself or confirmed by an operator). */
  cardCleared: boolean;
  /** The operator's confirmation of the card's findings, for the record. */
  cardReview: CaptureDraft['cardReview'];
}

/** A fresh session's data, with the card when it was read before the session started. */
export function newSessionData(): SessionData {
  return {
    card: null,
    summary: null,
    consentAtMs: null,
    reference: null,
    runner: null,
    matchFrames: [],
    liveness: null,
    saving: false,
    cardCleared: false,
    cardReview: null,
  };
}

/** The record draft of a verified session, carrying only the photos the policy transmits. */
export function buildDraft(
  data: SessionData,
  verification: CaptureDraft['verification'],
  policy: CapturePolicy,
  nowMs: number,
): CaptureDraft {
  // Reaching a decision without a card or consent would be a bug in the machine.
  if (!data.card || data.consentAtMs === null)
    throw new Error('a draft needs the card and the consent');
  return {
    card: data.card.card,
    capturedAtMs: nowMs,
    consent: { version: policy.consentVersion, acceptedAtMs: data.consentAtMs },
    cardPhoto: policy.transmit === 'card-photo' ? data.card.photo : null,
    livePhoto: policy.transmit === 'live-photo' ? (data.matchFrames[0]?.frame ?? null) : null,
    verification,
    cardReview: data.cardReview,
  };
}
