/** What the operator console shows at a glance: device health, the upload queue, today's figures, alarms. */
import { z } from 'zod';
import { localizedTextSchema } from './api-result';
import { reasonKeySchema } from './capture-keys';

/** Whether the card reader answers (the console's tile and the fleet heartbeat). */
export const readerStateSchema = z.enum(['connected', 'disconnected', 'error']);

/** How urgent an alarm is. */
export const alarmSeveritySchema = z.enum(['warning', 'critical']);

/** Health of the devices and services (payload of `device.status` and answer of `status.get`). */
export const deviceStatusSchema = z.strictObject({
  reader: z.strictObject({
    state: readerStateSchema,
    samId: z.string().nullable(),
  }),
  camera: z.strictObject({ deviceId: z.string().nullable(), label: z.string().nullable() }),
  faceEngine: z.enum(['starting', 'ready', 'failed']),
  disk: z.strictObject({ freeBytes: z.number().min(0) }),
  /** The store limit that makes it refuse new records now (so no capture starts); null while it takes them. */
  storeFull: z.enum(['records', 'bytes', 'disk']).nullable(),
  /** Settings changed since start that take effect only at the next start (dotted paths, no values). */
  waitingForRestart: z.array(z.string().max(100)).max(100),
  clockOk: z.boolean(),
  kioskLocked: z.boolean(),
  operatorLoggedIn: z.boolean(),
});

/** A device status. */
export type DeviceStatus = z.infer<typeof deviceStatusSchema>;

/** The upload queue (payload of `queue.changed` and answer of `queue.status`). */
export const queueStatusSchema = z.strictObject({
  pending: z.int().min(0),
  sending: z.int().min(0),
  acked: z.int().min(0),
  quarantined: z.int().min(0),
  oldestUnackedAtMs: z.number().nullable(),
  lastUploadOkAtMs: z.number().nullable(),
});

/** A queue status. */
export type QueueStatus = z.infer<typeof queueStatusSchema>;

/** Today's figures for the operator: captures, passes and failures by reason (no personal data). */
export const todayStatsSchema = z.strictObject({
  day: z.iso.date(),
  sessions: z.int().min(0),
  passes: z.int().min(0),
  operatorVerified: z.int().min(0),
  failuresByReason: z.partialRecord(reasonKeySchema, z.int().min(0)),
});

/** Today's figures. */
export type TodayStats = z.infer<typeof todayStatsSchema>;

/** Something an operator or technician must look at (payload of `alarm`). */
export const alarmSchema = z.strictObject({
  code: z.string().min(1),
  severity: alarmSeveritySchema,
  text: localizedTextSchema,
  atMs: z.number(),
});

/** An alarm. */
export type Alarm = z.infer<typeof alarmSchema>;
