/** What the worker screen may show of a card: never the full ID number, never a score. */
import { z } from 'zod';

/** Kinds of card the reader understands: resident ID, HK/Macao/Taiwan residence permit, foreign permanent resident ID (two layouts). */
export const cardTypeSchema = z.enum([
  'resident',
  'residence-permit',
  'foreign-permanent-2017',
  'foreign-permanent-2023',
]);

/** The card as the confirmation screen shows it. */
export const cardSummarySchema = z.strictObject({
  cardType: cardTypeSchema,
  name: z.string().min(1).max(120),
  /** The ID number with only the first and last few characters visible, e.g. `1101**********123X`. */
  maskedId: z.string().regex(/^[0-9A-Z]{1,6}\*+[0-9A-Z]{1,4}$/),
  /** The card photo as a small JPEG data URL, or null when it could not be decoded. */
  photo: z
    .string()
    .regex(/^data:image\/jpeg;base64,[A-Za-z0-9+/=]+$/)
    .max(64_000)
    .nullable(),
});

/** A card summary. */
export type CardSummary = z.infer<typeof cardSummarySchema>;
