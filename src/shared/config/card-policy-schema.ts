/** The card policy section of the capture configuration: what each card finding leads to. */
import { z } from 'zod';
import { cardCheckSchema, type CardCheckCode } from '../kiosk-api/card-checks';
import { cardTypeSchema } from '../kiosk-api/card-summary';

/** `refuse`: the worker is told why and nothing is recorded; `review`: an operator must confirm first. */
const cardActionSchema = z.enum(['refuse', 'review']);

/** The card policy: an action per check, an expiry grace, and the card types the deployment accepts. */
export const cardPolicySchema = z.strictObject({
  /** One action for every check (a layer may set only some; the defaults supply the rest). */
  findings: z.record(cardCheckSchema, cardActionSchema),
  /** Days after the printed end of validity during which a card still counts as valid. */
  expiryGraceDays: z.int().min(0).max(365),
  acceptedCardTypes: z
    .array(cardTypeSchema)
    .min(1, 'accept at least one card type')
    .refine((types) => new Set(types).size === types.length, 'list each card type once'),
});

/** A card policy. */
export type CardPolicy = z.infer<typeof cardPolicySchema>;

// A card that fails these cannot belong to a valid holder today; the rest may be a reader or data quirk.
const REFUSED_BY_DEFAULT = new Set<CardCheckCode>([
  'checksum-mismatch',
  'expired',
  'not-yet-valid',
  'birth-date-mismatch',
]);

/** Defaults (issue 11): check digit, expired, not yet valid and birth inconsistency refuse; the rest go to review. */
export const DEFAULT_CARD_POLICY: CardPolicy = {
  findings: Object.fromEntries(
    cardCheckSchema.options.map((code) => [
      code,
      REFUSED_BY_DEFAULT.has(code) ? 'refuse' : 'review',
    ]),
  ) as CardPolicy['findings'],
  expiryGraceDays: 0,
  acceptedCardTypes: [...cardTypeSchema.options],
};
