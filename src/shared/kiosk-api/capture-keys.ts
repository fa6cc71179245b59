/** The closed sets of keys the capture flow speaks in; the screens look each one up in the catalog. */
import { z } from 'zod';
import { cardRefusalReasonSchema } from './card-checks';

/** One instruction to the person in front of the camera (one at a time, spoken and shown). */
export const guidanceKeySchema = z.enum([
  'look-at-camera',
  'come-closer',
  'move-back',
  'center-face',
  'hold-still',
  'more-light',
  'one-person-only',
  'remove-face-covering',
  'blink',
  'turn-head-left',
  'turn-head-right',
]);

/** A guidance instruction key. */
export type GuidanceKey = z.infer<typeof guidanceKeySchema>;

/** The active liveness challenges a liveness session may ask for: a subset of guidance keys. */
export const challengeKeySchema = guidanceKeySchema.extract([
  'blink',
  'turn-head-left',
  'turn-head-right',
]);

/** A liveness challenge key. */
export type ChallengeKey = z.infer<typeof challengeKeySchema>;

/** Why a session or an attempt ended the way it did. */
export const reasonKeySchema = z.enum([
  'matched',
  'operator-verified',
  'operator-rejected',
  'no-match',
  'spoof-suspected',
  'no-face',
  'face-timeout',
  'engine-failed',
  'attempts-exhausted',
  'record-not-saved',
  'consent-declined',
  'consent-timeout',
  'card-timeout',
  'card-removed',
  'card-changed',
  'matching-timeout',
  'review-timeout',
  'cancelled',
  'locked-out',
  'card-needs-review',
  ...cardRefusalReasonSchema.options,
]);

/** A reason key. */
export type ReasonKey = z.infer<typeof reasonKeySchema>;

/** How a session that reached a decision ended: the record's decision and the day's count. */
export const finalOutcomeSchema = z.enum(['pass', 'fail']);

/** A final outcome. */
export type FinalOutcome = z.infer<typeof finalOutcomeSchema>;

/** What the worker is told to do next, in order. */
export const nextStepKeySchema = z.enum([
  'take-card',
  'visit-personal-service',
  'set-initial-password',
  'try-again',
  'call-operator',
  'wait-for-unlock',
]);

/** A next-step key. */
export type NextStepKey = z.infer<typeof nextStepKeySchema>;

/** What a record transmits besides the card text (a per-deployment setting the consent text states). */
export const transmitSchema = z.enum(['card-photo', 'live-photo', 'neither']);

/** A transmission setting. */
export type Transmit = z.infer<typeof transmitSchema>;
