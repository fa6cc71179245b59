// Record format v1: what a capture record says, field by field. docs/record-format.md explains it
// for platform teams and docs/record-format.schema.json is generated from this schema.
import { z } from 'zod';
import { finalOutcomeSchema } from '../../shared/kiosk-api/capture-keys';
import { cardCheckSchema } from '../../shared/kiosk-api/card-checks';
import { cardFields } from './card-fields';

/** Record format version this module writes and reads. */
export const RECORD_FORMAT_VERSION = 1;

/** Lower-case hex SHA-256. */
const sha256Hex = z
  .string()
  .regex(/^[0-9a-f]{64}$/)
  .describe('SHA-256, lower-case hex');

const timestamp = z.iso
  .datetime({ offset: true, precision: 3 })
  .describe(
    'RFC 3339 local time with milliseconds and UTC offset, e.g. 2026-11-25T09:30:00.000+08:00',
  );

const photo = z.strictObject({
  mediaType: z.enum(['image/jpeg', 'image/webp', 'image/png']),
  data: z.base64().describe('The image bytes, base64 (RFC 4648 §4)'),
});

/** Which photos the deployment transmits (the consent text says so); the record carries exactly those. */
const photos = z
  .discriminatedUnion('transmitted', [
    z.strictObject({ transmitted: z.literal('none') }),
    z.strictObject({ transmitted: z.literal('card'), cardPhoto: photo }),
    z.strictObject({ transmitted: z.literal('live'), livePhoto: photo }),
    z.strictObject({ transmitted: z.literal('card-and-live'), cardPhoto: photo, livePhoto: photo }),
  ])
  .meta({ 'x-personal-data': true });

const score = z.number().min(-1).max(1);

const faceVerification = z.strictObject({
  method: z.literal('face'),
  decision: finalOutcomeSchema,
  match: z.strictObject({
    score: score.describe('Similarity of live face and card photo (cosine, -1..1)'),
    threshold: score.describe('Score at or above which the match passes'),
    operatingPoint: z.strictObject({
      name: z.string().min(1).max(40).describe('Name of the calibrated operating point'),
      targetFalseAcceptRate: z.number().min(0).max(1),
    }),
  }),
  liveness: z.strictObject({
    passed: z.boolean(),
    score: z.number().min(0).max(1),
    threshold: z.number().min(0).max(1),
  }),
  attempts: z
    .number()
    .int()
    .min(1)
    .max(99)
    .describe('Face attempts in this session, this one included'),
  models: z
    .array(
      z.strictObject({
        role: z.enum(['detector', 'landmarks', 'embedding', 'liveness']),
        name: z.string().min(1).max(80),
        sha256: sha256Hex,
      }),
    )
    .min(1)
    .describe('The ONNX models that produced the decision'),
});

const operatorVerification = z.strictObject({
  method: z.literal('operator-in-person'),
  decision: finalOutcomeSchema,
  reason: z.string().min(1).max(200).describe('Why the face path was not used; no personal data'),
  faceAttempts: z
    .number()
    .int()
    .min(0)
    .max(99)
    .describe('Face attempts made before the operator took over'),
});

/** How the person was verified: the face match, or the operator in person where policy allows. */
const verification = z.discriminatedUnion('method', [faceVerification, operatorVerification]);

/** The card's findings an operator confirmed before the capture went on (the card policy's review). */
const cardReview = z
  .strictObject({
    findings: z
      .array(cardCheckSchema)
      .min(1)
      .max(20)
      .describe('Codes of the card checks the card failed, most important first'),
    confirmedBy: z
      .string()
      .min(1)
      .max(64)
      .describe('Operator who looked at the card and accepted it'),
    confirmedAt: timestamp,
  })
  .describe(
    'Present only when the card policy held the card for review and an operator accepted it',
  );

/** The capture record, version 1. Embeddings are never part of it. */
export const captureRecordV1 = z
  .strictObject({
    formatVersion: z.literal(RECORD_FORMAT_VERSION),
    recordId: z
      .uuid({ version: 'v7' })
      .describe('UUIDv7: sortable by creation time, unique per record'),
    previousRecordHash: sha256Hex
      .nullable()
      .describe(
        'Chain hash of the record before this one on the device; null for the first record',
      ),
    capturedAt: timestamp,
    device: z.strictObject({
      deviceId: z.string().min(1).max(64),
      pointCode: z.string().min(1).max(32).describe('Code of the collection point'),
      appVersion: z.string().min(1).max(32),
    }),
    operatorId: z
      .string()
      .min(1)
      .max(64)
      .nullable()
      .describe('Operator on duty; null when unattended'),
    consent: z.strictObject({
      textVersion: z
        .string()
        .min(1)
        .max(32)
        .describe('Version of the consent text the person accepted'),
      acceptedAt: timestamp,
    }),
    card: cardFields,
    photos,
    verification,
    cardReview: cardReview.optional(),
  })
  .meta({ title: 'CaptureRecordV1' });

/** A capture record, version 1. */
export type CaptureRecordV1 = z.infer<typeof captureRecordV1>;

/** A record before the store links it into the chain: the store sets `previousRecordHash`. */
export type RecordDraft = Omit<CaptureRecordV1, 'previousRecordHash'>;
