/** The closed sets the card policy speaks in: what a card check can find, and why a card is refused. */
import { z } from 'zod';
import { localizedTextSchema } from './api-result';

/** What the card parser's checks can find wrong with a card that was nevertheless read. */
const cardFindingCodeSchema = z.enum([
  'checksum-mismatch',
  'id-number-malformed',
  'birth-date-mismatch',
  'gender-digit-mismatch',
  'expired',
  'not-yet-valid',
  'invalid-date',
  'unknown-nation-code',
  'unknown-gender-code',
  'unknown-card-flag',
  'empty-field',
  'region-mismatch',
  'pr-number-malformed',
  'pr-number-check-mismatch',
  'nationality-mismatch',
]);

/** A card parser finding code. */
export type CardFindingCode = z.infer<typeof cardFindingCodeSchema>;

/** Everything the card policy judges: the parser's findings, the card photo, the card type. */
export const cardCheckSchema = z.enum([
  ...cardFindingCodeSchema.options,
  'photo-unreadable',
  'card-type-not-accepted',
]);

/** A card check code. */
export type CardCheckCode = z.infer<typeof cardCheckSchema>;

/** Why a card was refused, as the worker is told (one reason and what to do). */
export const cardRefusalReasonSchema = z.enum([
  'card-expired',
  'card-not-yet-valid',
  'card-number-invalid',
  'card-data-inconsistent',
  'card-photo-unreadable',
  'card-type-not-accepted',
  'card-rejected-by-operator',
]);

/** A card refusal reason. */
export type CardRefusalReason = z.infer<typeof cardRefusalReasonSchema>;

/** One finding the operator must look at before the capture goes on. */
export const cardReviewItemSchema = z.strictObject({
  code: cardCheckSchema,
  text: localizedTextSchema,
});

/** A card review item. */
export type CardReviewItem = z.infer<typeof cardReviewItemSchema>;
