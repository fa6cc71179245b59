/** Technician commands for the platform: which adapter and its credentials, and the worker's next steps. */
import { z } from 'zod';
import { localizedTextSchema } from './api-result';
import type { CommandSpec } from './command-roles';
import { settingSavedSchema } from './setup-commands';
import { PLATFORM_NAMES, platformCredentialsSchema } from '../config/upload-platform-schema';

/** What the pass screen and the slip tell the worker to do next, in the province's words. */
export const nextStepsSchema = z.strictObject({
  /** The personal-service site (empty: none); shown as text. */
  personalServiceUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]),
  /** What its QR code encodes (empty: no QR). */
  personalServiceQrText: z.string().max(300),
  /** What the mini program's QR code encodes (empty: no QR). */
  miniProgramQrText: z.string().max(300),
  /** The login rule, e.g. "ID number, first password the last 6 digits of it". Never a password. */
  initialPasswordRule: localizedTextSchema,
  /** Whether the printed slip repeats the rule (some provinces forbid it on paper). */
  slipShowsPasswordRule: z.boolean(),
});

/** The next-steps settings. */
export type NextStepsSettings = z.infer<typeof nextStepsSchema>;

/** Request and response schemas of the platform setup commands: technician-only. */
export const PLATFORM_SETUP_COMMANDS = {
  /** Chooses the platform adapter; credentials (when given) go to the key vault, never to the file. */
  'setup.platform': {
    role: 'technician',
    request: z.strictObject({
      platform: z.enum(PLATFORM_NAMES),
      credentials: platformCredentialsSchema.nullable(),
    }),
    response: settingSavedSchema,
  },
  'setup.next-steps': {
    role: 'technician',
    request: nextStepsSchema,
    response: settingSavedSchema,
  },
} as const satisfies Record<string, CommandSpec>;
