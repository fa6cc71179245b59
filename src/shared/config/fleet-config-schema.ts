/** The fleet section of the configuration: where the kiosk reports, whose key it trusts, what may change remotely. */
import { z } from 'zod';

/** The fleet section. */
export const fleetConfigSchema = z
  .strictObject({
    /** Base URL of the fleet service; null: the kiosk sends no heartbeat and takes no remote change. */
    endpoint: z.url({ protocol: /^https?$/ }).nullable(),
    /** The fleet key the kiosk was provisioned with (base64 SPKI Ed25519); remote changes must carry its signature. */
    publicKey: z.base64().nullable(),
    /** Default beat interval until the service says otherwise. */
    heartbeatIntervalS: z.int().min(10).max(3600),
    /**
     * Whether remote changes may touch identity assurance (operating point, liveness, card and
     * operator-verification policy). Honoured only from the site policy file (remote-config-gate).
     */
    remoteIdentityAssurance: z.boolean(),
  })
  .refine((f) => f.endpoint === null || f.publicKey !== null, {
    message: 'a fleet endpoint needs fleet.publicKey, the key remote changes are checked against',
    path: ['publicKey'],
  });

/** The fleet section's defaults: no fleet, nothing changes remotely. */
export const FLEET_DEFAULTS: z.infer<typeof fleetConfigSchema> = {
  endpoint: null,
  publicKey: null,
  heartbeatIntervalS: 60,
  remoteIdentityAssurance: false,
};
