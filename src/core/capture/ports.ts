/**
 * What the capture session needs from the rest of the device engine, as small interfaces. The
 * composition root (core/kiosk.ts) adapts the reader loop, the photo decoder, the face engine
 * process and the record store to them; tests use in-memory implementations.
 */
import type { CapturePolicy } from '../../shared/config/capture-policy-schema';
import type { LivenessLevel } from '../../shared/config/config-schema';
import type { CardCheckCode } from '../../shared/kiosk-api/card-checks';
import type { KioskEvent } from '../../shared/kiosk-api/events';
import type { Clock, Timers } from '../clock';
import type { Matcher } from '../face/match/match-decision';
import type { Logger } from '../log/logger';
import type { ChallengeKey, GuidanceKey, ReasonKey } from '../../shared/kiosk-api/capture-keys';
import type { Frame } from '../../shared/kiosk-api/frame';
import type { StaffRole } from '../../shared/kiosk-api/command-roles';
import type { Problem } from '../../shared/problem';
import type { Result } from '../../shared/result';
import type { Card } from '../idcard/card/card';
import type { Embedding } from '../face/match/embedding-math';
import type { RgbImage } from '../photo/rgb-image';

/** A card as the session holds it while it runs: personal data, wiped when the session ends. */
export interface SessionCard {
  readonly card: Card;
  /** The decoded card photo; null when it could not be decoded (the face path is then closed). */
  readonly photo: RgbImage | null;
  /** A small JPEG data URL of the card photo for the confirmation screen. */
  readonly photoPreview: string | null;
}

/** What the reader reports, reduced to what the session reacts to. */
export type CardSourceEvent =
  | { readonly type: 'card-present' }
  | { readonly type: 'card-read'; readonly card: SessionCard }
  | { readonly type: 'card-removed' };

/** The card reader as the session sees it (adapts the reader loop's event hub). */
export interface CardSource {
  /** Subscribes; returns the unsubscribe function. */
  on(listener: (event: CardSourceEvent) => void): () => void;
}

/** The liveness session's verdict after a frame. */
export type LivenessVerdict =
  | { readonly kind: 'undecided' }
  | { readonly kind: 'need-challenge'; readonly challenge: ChallengeKey }
  | { readonly kind: 'live'; readonly score: number; readonly threshold: number }
  | { readonly kind: 'spoof'; readonly score: number; readonly threshold: number };

/** What the face engine made of one frame. */
export interface FrameAssessment {
  /** The chosen face; null when none (or none usable) was found. */
  readonly face: { readonly quality: number; readonly embedding: Embedding } | null;
  /** What the person should do to improve the picture; null when nothing. */
  readonly instruction: GuidanceKey | null;
  readonly liveness: LivenessVerdict;
  /**
   * The tracked face is not the one of the frames before (someone else, or a swapped photo): the
   * liveness evidence restarted, and the frames kept for matching must restart with it.
   */
  readonly faceChanged: boolean;
}

/** One face attempt: frames are analysed in order and feed one liveness session. */
export interface FaceAttempt {
  /** Rejects when the engine fails (crash, timeout); the session treats that as a failed attempt. */
  analyze(frame: Frame): Promise<FrameAssessment>;
}

/** The face engine as the session sees it (adapts the engine client and the liveness session). */
export interface FaceEngine {
  /** The card photo's reference embedding. */
  enroll(cardPhoto: RgbImage): Promise<Embedding>;
  beginAttempt(options: { readonly livenessLevel: LivenessLevel }): FaceAttempt;
}

/** Who verified a person in place of the face match. */
export interface Operator {
  readonly id: string;
  readonly role: StaffRole;
}

/** A verified capture handed to the record sink; photos are present only when policy transmits them. */
export interface CaptureDraft {
  readonly card: Card;
  readonly capturedAtMs: number;
  readonly consent: { readonly version: string; readonly acceptedAtMs: number };
  readonly cardPhoto: RgbImage | null;
  readonly livePhoto: Frame | null;
  readonly verification:
    | {
        readonly method: 'face';
        readonly match: {
          readonly score: number;
          readonly threshold: number;
          readonly operatingPoint: string;
        };
        readonly liveness: { readonly score: number; readonly threshold: number };
        readonly attempts: number;
      }
    | {
        readonly method: 'operator-in-person';
        readonly operator: Operator;
        readonly faceAttempts: number;
        readonly reasonKey: ReasonKey;
      };
  /** The card's findings an operator confirmed before the face step; null when there were none. */
  readonly cardReview: {
    readonly checks: readonly CardCheckCode[];
    readonly operator: Operator;
    readonly confirmedAtMs: number;
  } | null;
}

/** Where verified captures go: the record builder and store (sign, seal, one transaction). */
export interface RecordSink {
  append(draft: CaptureDraft): Promise<Result<{ readonly recordId: string }, Problem>>;
  /** Whether the store would take a record now; asked before a session starts. */
  canAccept(): boolean;
}

/** What a capture session is built from. */
export interface CaptureSessionDeps {
  readonly cards: CardSource;
  readonly face: FaceEngine;
  readonly matcher: Matcher;
  readonly records: RecordSink;
  readonly clock: Clock;
  readonly timers: Timers;
  readonly logger: Logger;
  readonly policy: CapturePolicy;
  readonly livenessLevel: LivenessLevel;
  /** Where `session.state` and `session.result` events go. */
  readonly emit: (event: KioskEvent) => void;
}
