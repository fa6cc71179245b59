// Which parts of a record are personal data. Sealing encrypts exactly these, and log redaction
// hides exactly these, so the two can never disagree about what is sensitive.
import type { CaptureRecordV1 } from './record-schema';

/** Top-level record members that hold personal data: all card fields and both photos. */
export const PERSONAL_FIELDS = [
  'card',
  'photos',
] as const satisfies readonly (keyof CaptureRecordV1)[];

/** A record member that holds personal data. */
export type PersonalField = (typeof PERSONAL_FIELDS)[number];

/** The personal part of a record: sealed at rest, purged after acknowledgement plus retention. */
export type PersonalPart = Pick<CaptureRecordV1, PersonalField>;

/** The rest of a record: stays readable at rest and survives purging. */
export type ClearPart = Omit<CaptureRecordV1, PersonalField>;

/** Splits a record into its clear and personal parts. */
export function splitPersonal(record: CaptureRecordV1): {
  clear: ClearPart;
  personal: PersonalPart;
} {
  const { card, photos, ...clear } = record;
  return { clear, personal: { card, photos } };
}

/** Joins the parts back into the record that was signed. */
export function joinPersonal(clear: ClearPart, personal: PersonalPart): CaptureRecordV1 {
  return { ...clear, ...personal };
}

/** The record with personal members replaced by a marker: the only form a log may carry. */
export function redactRecord(
  record: CaptureRecordV1,
): ClearPart & Record<PersonalField, '[redacted]'> {
  return { ...splitPersonal(record).clear, card: '[redacted]', photos: '[redacted]' };
}
