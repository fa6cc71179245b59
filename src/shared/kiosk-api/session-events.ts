/** The capture session as the worker screen sees it: one state at a time, then one result. */
import { z } from 'zod';
import { cardCheckSchema, cardRefusalReasonSchema, cardReviewItemSchema } from './card-checks';
import { cardSummarySchema } from './card-summary';
import {
  challengeKeySchema,
  finalOutcomeSchema,
  guidanceKeySchema,
  nextStepKeySchema,
  reasonKeySchema,
  transmitSchema,
} from './capture-keys';

const attempt = z.int().min(1);
/** When the current state times out (epoch ms), so a screen can show how long is left. */
const deadlineMs = z.number().nullable();

/** Payload of the `session.state` event: a discriminated union on `state`. */
export const sessionStateSchema = z.discriminatedUnion('state', [
  /** Waiting for a worker; `endedBy` says why the previous session ended early, if it did. */
  z.strictObject({ state: z.literal('idle'), endedBy: reasonKeySchema.nullable() }),
  z.strictObject({
    state: z.literal('locked'),
    reason: z.enum(['spoof-lockout', 'operator']),
    untilMs: z.number().nullable(),
  }),
  z.strictObject({
    state: z.literal('consent'),
    consentVersion: z.string().min(1),
    transmits: transmitSchema,
    deadlineMs,
  }),
  z.strictObject({ state: z.literal('card'), deadlineMs }),
  /** The card policy asks an operator to look at the card's findings before the face step. */
  z.strictObject({
    state: z.literal('card-review'),
    card: cardSummarySchema,
    items: z.array(cardReviewItemSchema).min(1).max(20),
    deadlineMs,
  }),
  z.strictObject({
    state: z.literal('face'),
    card: cardSummarySchema,
    attempt,
    attemptsAllowed: attempt,
    instruction: guidanceKeySchema.nullable(),
    challenge: challengeKeySchema.nullable(),
    deadlineMs,
  }),
  z.strictObject({ state: z.literal('matching'), card: cardSummarySchema, attempt, deadlineMs }),
  z.strictObject({
    state: z.literal('retry'),
    attempt,
    attemptsAllowed: attempt,
    reasonKey: reasonKeySchema,
    deadlineMs,
  }),
  z.strictObject({
    state: z.literal('operator-review'),
    card: cardSummarySchema,
    reasonKey: reasonKeySchema,
    deadlineMs,
  }),
  z.strictObject({
    state: z.literal('result'),
    outcome: z.enum([...finalOutcomeSchema.options, 'refused']),
    deadlineMs,
  }),
  /** The session is over and wiped; waiting for the card to be taken. */
  z.strictObject({ state: z.literal('done'), deadlineMs }),
]);

/** A session state as the screens see it. */
export type SessionStateView = z.infer<typeof sessionStateSchema>;

const nextSteps = z.array(nextStepKeySchema).max(4);

/** Payload of the `session.result` event: what happened and what to do; never the score. */
export const sessionResultSchema = z.discriminatedUnion('outcome', [
  z.strictObject({
    outcome: z.enum([...finalOutcomeSchema.options, 'retry', 'operator-review']),
    reasonKey: reasonKeySchema,
    nextSteps,
  }),
  /** The card policy refused the card (nothing recorded): one refusal reason, and the check it failed. */
  z.strictObject({
    outcome: z.literal('refused'),
    reasonKey: cardRefusalReasonSchema,
    nextSteps,
    cardCheck: cardCheckSchema,
  }),
]);

/** A session result. */
export type SessionResult = z.infer<typeof sessionResultSchema>;
