/** The capture policy section of the configuration: attempts, timeouts, lockout, operator verification, transmission. */
import { z } from 'zod';
import { transmitSchema } from '../kiosk-api/capture-keys';
import { staffRoleSchema } from '../kiosk-api/command-roles';
import { cardPolicySchema } from './card-policy-schema';

const seconds = (min: number, max: number) =>
  z
    .int()
    .min(min * 1000)
    .max(max * 1000);

/** How long each waiting state may last before the session moves on (ms). */
const stateTimeoutsSchema = z.strictObject({
  consent: seconds(5, 300),
  card: seconds(5, 300),
  face: seconds(5, 300),
  matching: seconds(1, 120),
  retry: seconds(1, 60),
  operatorReview: seconds(10, 900),
  result: seconds(2, 120),
  done: seconds(2, 300),
});

/** The capture policy. */
export const capturePolicySchema = z
  .strictObject({
    /** Face attempts per session before the result is fail (or operator review). */
    attempts: z.int().min(1).max(5),
    timeoutsMs: stateTimeoutsSchema,
    /** Live frames of good enough quality needed before matching. */
    framesForMatch: z.int().min(1).max(10),
    /** Frames below this quality (0..1) never count as best frames. */
    minFrameQuality: z.number().min(0).max(1),
    /** How long a new instruction must persist before it replaces the shown one (no flicker). */
    guidanceDebounceMs: z.int().min(0).max(3000),
    /** After this many spoof verdicts within the window, the kiosk locks for lockMs. */
    spoofLockout: z.strictObject({
      afterSpoofs: z.int().min(1).max(20),
      windowMs: seconds(60, 86_400),
      lockMs: seconds(30, 86_400),
    }),
    operatorVerification: z.strictObject({
      allowed: z.boolean(),
      roles: z.array(staffRoleSchema).max(3),
    }),
    transmit: transmitSchema,
    /** What each card finding leads to: refuse the card, or an operator's review before the face step. */
    cardPolicy: cardPolicySchema,
    /** Version of the consent text shown; the record holds it. */
    consentVersion: z.string().regex(/^[A-Za-z0-9._-]{1,40}$/),
  })
  .refine((p) => !p.operatorVerification.allowed || p.operatorVerification.roles.length > 0, {
    message: 'when operator verification is allowed, name at least one role that may do it',
    path: ['operatorVerification', 'roles'],
  });

/** A capture policy. */
export type CapturePolicy = z.infer<typeof capturePolicySchema>;
