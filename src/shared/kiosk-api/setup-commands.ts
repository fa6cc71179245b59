/** Commands of the technician's setup: identity, endpoint, key, reader, camera, operating point, self-test. */
import { z } from 'zod';
import { emptySchema } from './api-result';
import type { CommandSpec } from './command-roles';

/** A device id: printable, short, stable (it names the device to the platform). */
export const deviceIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{2,39}$/);

/** A collection point code as the province assigns it. */
export const pointCodeSchema = z.string().regex(/^[0-9A-Za-z]{4,32}$/);

/**
 * An operating point of the matcher: its per-attempt target false accept rate (`far-1e-4`) or
 * its target impostor session pass rate (`session-1e-3`).
 */
export const operatingPointSchema = z.string().regex(/^(far|session)-1e-\d+$/);

/** The answer to a saved setting: whether it waits for the kiosk's next start to take effect. */
export const settingSavedSchema = z.strictObject({ restartNeeded: z.boolean() });

/** Request and response schemas of the setup commands: all technician-only. */
export const SETUP_COMMANDS = {
  'setup.identity': {
    role: 'technician',
    request: z.strictObject({ deviceId: deviceIdSchema, pointCode: pointCodeSchema }),
    response: settingSavedSchema,
  },
  'setup.endpoint': {
    role: 'technician',
    request: z.strictObject({ endpoint: z.url({ protocol: /^https?$/ }) }),
    response: settingSavedSchema,
  },
  /** Makes a new signing key; the answer is what the platform must register. */
  'setup.generate-key': {
    role: 'technician',
    request: emptySchema,
    response: z.strictObject({
      publicKeyFingerprint: z.string().min(8),
      publicKeyPem: z.string().min(1),
    }),
  },
  'setup.detect-readers': {
    role: 'technician',
    request: emptySchema,
    response: z.strictObject({
      readers: z.array(
        z.strictObject({
          path: z.string(),
          transport: z.enum(['serial', 'hid']),
          samId: z.string().nullable(),
        }),
      ),
    }),
  },
  /** The camera chosen in the renderer (it enumerates devices itself). */
  'setup.camera': {
    role: 'technician',
    request: z.strictObject({ deviceId: z.string().min(1), label: z.string() }),
    response: settingSavedSchema,
  },
  'setup.operating-point': {
    role: 'technician',
    request: z.strictObject({ operatingPoint: operatingPointSchema }),
    response: settingSavedSchema,
  },
  'setup.self-test': {
    role: 'technician',
    request: emptySchema,
    response: z.strictObject({
      checks: z.array(z.strictObject({ name: z.string(), ok: z.boolean(), detail: z.string() })),
    }),
  },
} as const satisfies Record<string, CommandSpec>;
