/** Commands of the record lifecycle on the console: figures over days, retention, quarantine review. */
import { z } from 'zod';
import { emptySchema } from './api-result';
import type { CommandSpec } from './command-roles';
import { alarmSchema, todayStatsSchema } from './device-status';

const recordIdSchema = z.string().min(1).max(64);

/** Why a quarantined record is discarded, kept in the audit log: the console's and the CLI's one rule. */
export const discardReasonSchema = z.string().trim().min(3).max(200);

/** A record the platform refused for good, as the console lists it: no personal data but a masked number. */
const quarantinedRecordSchema = z.strictObject({
  recordId: recordIdSchema,
  capturedAtMs: z.number(),
  quarantinedAtMs: z.number(),
  /** What the platform (or this device) said when refusing it. */
  refusal: z.string().nullable(),
  /** The card number masked (`1101**********002X`); null when the payload cannot be read. */
  maskedIdNumber: z.string().nullable(),
});

/** A quarantined record. */
export type QuarantinedRecord = z.infer<typeof quarantinedRecordSchema>;

/** Request and response schemas of the record lifecycle commands, with their roles. */
export const RECORDS_COMMANDS = {
  /** The last `days` local days' figures, oldest first, today last. */
  'stats.days': {
    role: 'operator',
    request: z.strictObject({ days: z.int().min(1).max(90) }),
    response: z.strictObject({ days: z.array(todayStatsSchema).max(90) }),
  },
  /** Retention settings and the alarm about records waiting too long for acknowledgement. */
  'records.retention': {
    role: 'operator',
    request: emptySchema,
    response: z.strictObject({
      retentionDays: z.int().min(1),
      unackedAlarmDays: z.int().min(1),
      alarm: alarmSchema.nullable(),
    }),
  },
  'quarantine.list': {
    role: 'operator',
    request: emptySchema,
    response: z.strictObject({ records: z.array(quarantinedRecordSchema) }),
  },
  /** Sends a quarantined record again (after the technician fixed the cause). */
  'quarantine.retry': {
    role: 'operator',
    request: z.strictObject({ recordId: recordIdSchema }),
    response: emptySchema,
  },
  /** Confirms the refusal: the record is never sent again; the reason goes to the audit log. */
  'quarantine.discard': {
    role: 'operator',
    request: z.strictObject({
      recordId: recordIdSchema,
      reason: discardReasonSchema,
    }),
    response: emptySchema,
  },
} as const satisfies Record<string, CommandSpec>;
