/** The heartbeat a kiosk sends to the fleet service every minute, and the service's reply. No personal data. */
import { z } from 'zod';
import { deviceIdSchema } from '../kiosk-api/setup-commands';
import { alarmSeveritySchema, readerStateSchema } from '../kiosk-api/device-status';

/** What the kiosk says about remote configuration: the version in force and the last one it refused. */
const configReportSchema = z.strictObject({
  appliedVersion: z.int().min(1).nullable(),
  /** The last published version the kiosk did not apply, and why (a code, never free text). */
  refused: z
    .strictObject({
      version: z.int().min(1),
      reason: z.enum(['bad-signature', 'wrong-device', 'not-allowed', 'invalid', 'self-test']),
    })
    .nullable(),
});

/** One heartbeat: health figures only, so a captured heartbeat reveals nothing about any person. */
export const heartbeatSchema = z.strictObject({
  deviceId: deviceIdSchema,
  sentAtMs: z.number().int().min(0),
  appVersion: z.string().regex(/^[0-9A-Za-z.+-]{1,40}$/),
  uptimeS: z.int().min(0),
  reader: readerStateSchema,
  camera: z.enum(['configured', 'not-configured']),
  queue: z.strictObject({
    depth: z.int().min(0),
    oldestUnackedAgeS: z.int().min(0).nullable(),
    quarantined: z.int().min(0),
  }),
  today: z.strictObject({
    day: z.iso.date(),
    sessions: z.int().min(0),
    passes: z.int().min(0),
    failures: z.int().min(0),
  }),
  diskFreeBytes: z.number().int().min(0),
  /** Platform clock minus ours, from the last upload answer; null before any answer. */
  clockSkewMs: z.number().int().nullable(),
  lastAlarm: z
    .strictObject({
      code: z.string().regex(/^[A-Za-z0-9._-]{1,60}$/),
      severity: alarmSeveritySchema,
      atMs: z.number().int().min(0),
    })
    .nullable(),
  config: configReportSchema,
});

/** A heartbeat as sent. */
export type Heartbeat = z.infer<typeof heartbeatSchema>;

/** A configuration layer published for this kiosk, signed with the fleet key (see core/fleet/signed-config). */
export const signedConfigSchema = z.strictObject({
  payload: z.strictObject({
    version: z.int().min(1),
    deviceId: deviceIdSchema,
    issuedAtMs: z.number().int().min(0),
    document: z.record(z.string(), z.unknown()),
  }),
  keyId: z.string().min(1),
  signature: z.base64(),
});

/** A signed remote configuration. */
export type SignedConfig = z.infer<typeof signedConfigSchema>;

/** An application update offered to this kiosk (it is inside the staged percentage), signed with the fleet key. */
export const signedUpdateSchema = z.strictObject({
  payload: z.strictObject({
    version: z.string().regex(/^\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?$/),
    /** Base URL of the generic (static HTTPS) provider that holds latest*.yml and the artefacts. */
    url: z.url({ protocol: /^https?$/ }),
    /** The artefact's sha512 (base64), as electron-builder writes it into latest*.yml. */
    sha512: z.base64(),
  }),
  keyId: z.string().min(1),
  signature: z.base64(),
});

/** A signed update offer. */
export type SignedUpdate = z.infer<typeof signedUpdateSchema>;

/** The fleet service's answer to a heartbeat. */
export const heartbeatReplySchema = z.strictObject({
  intervalS: z.int().min(10).max(3600),
  config: signedConfigSchema.nullable(),
  update: signedUpdateSchema.nullable(),
});

/** A heartbeat reply. */
export type HeartbeatReply = z.infer<typeof heartbeatReplySchema>;
