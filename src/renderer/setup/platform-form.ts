/** The platform and next-steps forms' checks and requests, from the shared command schemas. */
import type { z } from 'zod';
import {
  PLATFORM_SETUP_COMMANDS,
  nextStepsSchema,
  type NextStepsSettings,
} from '../../shared/kiosk-api/platform-setup-commands';

type PlatformRequest = z.infer<(typeof PLATFORM_SETUP_COMMANDS)['setup.platform']['request']>;

/** What the technician typed in the platform step. */
export interface PlatformFields {
  readonly platform: PlatformRequest['platform'];
  readonly apiKey: string;
  readonly apiSecret: string;
  readonly desKey: string;
}

/**
 * The `setup.platform` request for the fields, or null when they are malformed. Empty key and
 * secret keep the stored credentials (they are never shown back, so the form cannot repeat them).
 */
export function platformRequest(fields: PlatformFields): PlatformRequest | null {
  const keep = fields.apiKey === '' && fields.apiSecret === '' && fields.desKey === '';
  const request = {
    platform: fields.platform,
    credentials: keep
      ? null
      : {
          api_key: fields.apiKey,
          api_secret: fields.apiSecret,
          ...(fields.desKey ? { des_key: fields.desKey } : {}),
        },
  };
  const parsed = PLATFORM_SETUP_COMMANDS['setup.platform'].request.safeParse(request);
  return parsed.success ? parsed.data : null;
}

/** Whether the next-steps settings are acceptable to `setup.next-steps`. */
export function nextStepsValid(settings: NextStepsSettings): boolean {
  return nextStepsSchema.safeParse(settings).success;
}
