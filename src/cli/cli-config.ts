// How every `kiosk` command finds its configuration: the layer files and the profile rule of
// `kiosk host` and the Electron kiosk (defaults, site policy, local overrides; environment
// overrides only in a development run), so a command never reads a store or a limit the kiosk
// itself would not.
import { profileConfig } from '../core/boot/boot-kiosk';
import type { BootProfile } from '../core/boot/boot-profile';
import type { ConfigFiles } from '../core/device/config-loader';
import { DEFAULT_LOCAL_CONFIG_PATH } from '../core/device/provisioning';
import type { KioskConfig } from '../shared/config/config-schema';

/** The configuration options, for parseArgs. */
export const CONFIG_OPTIONS = {
  config: { type: 'string' },
  'site-policy': { type: 'string' },
  dev: { type: 'boolean', default: false },
} as const;

/** Their usage lines. */
export const CONFIG_USAGE = `  --config FILE        local overrides (default ${DEFAULT_LOCAL_CONFIG_PATH})
  --site-policy FILE   site policy layer (under the local overrides)
  --dev                development profile: KIOSK_CONFIG__* environment variables override the
                       configuration (never on a production kiosk)`;

/** What parseArgs gives for CONFIG_OPTIONS. */
export interface ConfigValues {
  readonly config?: string;
  readonly 'site-policy'?: string;
  readonly dev?: boolean;
}

/** The layer files the options name (where provisioning saves, too). */
export function cliConfigFiles(values: ConfigValues): ConfigFiles {
  return {
    sitePolicyPath: values['site-policy'] ?? null,
    localPath: values.config ?? DEFAULT_LOCAL_CONFIG_PATH,
  };
}

/** The boot profile's configuration part that the options name. */
export function cliConfigSource(values: ConfigValues): Pick<BootProfile, 'mode' | 'config'> {
  return {
    mode: values.dev ? 'development' : 'production',
    config: { kind: 'files', files: cliConfigFiles(values), dataDir: null },
  };
}

/** Loads the configuration the options name, as `kiosk host` would; throws ConfigError. */
export function loadCliConfig(
  values: ConfigValues,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<KioskConfig> {
  return profileConfig(cliConfigSource(values), env);
}
