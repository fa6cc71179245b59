// The platform and next-steps options of `kiosk provision`, turned into what provisioning takes.
import { readFileSync } from 'node:fs';
import type { ProvisionRequest } from '../../core/device/provisioning';
import { PLATFORM_NAMES, platformOption } from '../../shared/config/upload-platform-schema';
import type { NextStepsSettings } from '../../shared/kiosk-api/platform-setup-commands';
import { UsageError } from '../command';

/** The option declarations, for parseArgs. */
export const PLATFORM_OPTIONS = {
  platform: { type: 'string' },
  credentials: { type: 'string' },
  'service-url': { type: 'string' },
  'service-qr': { type: 'string' },
  'mini-program-qr': { type: 'string' },
  'password-rule-zh': { type: 'string' },
  'password-rule-en': { type: 'string' },
  'slip-hides-password-rule': { type: 'boolean' },
} as const;

/** Their usage lines. */
export const PLATFORM_USAGE = `  --platform NAME         upload adapter: ${PLATFORM_NAMES.join(' or ')}
  --credentials FILE      platform credentials {"api_key", "api_secret", "des_key"?}: stored in the
                          key vault, never in the configuration file
  --service-url URL       the personal-service site the pass screen and slip name
  --service-qr TEXT       what its QR code encodes (default: the URL)
  --mini-program-qr TEXT  what the mini program's QR code encodes
  --password-rule-zh TEXT, --password-rule-en TEXT
                          the login rule in both languages (both or neither); never a password
  --slip-hides-password-rule  the printed slip leaves the rule out (policy)`;

type Values = {
  [K in keyof typeof PLATFORM_OPTIONS]?: (typeof PLATFORM_OPTIONS)[K]['type'] extends 'boolean'
    ? boolean
    : string;
};

/** The part of the provisioning request these options set. */
export function platformRequest(
  values: Values,
): Pick<ProvisionRequest, 'platform' | 'credentialsText' | 'nextSteps'> {
  const platform = values.platform === undefined ? undefined : platformOption(values.platform);
  if (platform && !platform.ok) throw new UsageError(platform.error);
  const zh = values['password-rule-zh'];
  const en = values['password-rule-en'];
  if ((zh === undefined) !== (en === undefined))
    throw new UsageError('give --password-rule-zh and --password-rule-en together');
  let credentialsText: string | undefined;
  if (values.credentials !== undefined) {
    try {
      credentialsText = readFileSync(values.credentials, 'utf8');
    } catch {
      throw new UsageError(`--credentials: cannot read ${values.credentials}`);
    }
  }
  const url = values['service-url'];
  const nextSteps: Partial<NextStepsSettings> = {
    ...(url === undefined ? {} : { personalServiceUrl: url, personalServiceQrText: url }),
    ...(values['service-qr'] === undefined ? {} : { personalServiceQrText: values['service-qr'] }),
    ...(values['mini-program-qr'] === undefined
      ? {}
      : { miniProgramQrText: values['mini-program-qr'] }),
    ...(zh === undefined || en === undefined ? {} : { initialPasswordRule: { 'zh-CN': zh, en } }),
    ...(values['slip-hides-password-rule'] ? { slipShowsPasswordRule: false } : {}),
  };
  return {
    ...(platform?.ok ? { platform: platform.value } : {}),
    ...(credentialsText === undefined ? {} : { credentialsText }),
    ...(Object.keys(nextSteps).length > 0 ? { nextSteps } : {}),
  };
}
