/**
 * The one way to start a kiosk: resolves the configuration the profile names, anchors its paths
 * and calls the composition root. Electron's main process, `kiosk host` and the demo differ only
 * in the profile they pass.
 */
import { isAbsolute, join } from 'node:path';
import type { KioskConfig } from '../../shared/config/config-schema';
import { loadConfig } from '../device/config-loader';
import { createKiosk, type Kiosk } from '../kiosk';
import type { BootProfile } from './boot-profile';

/** The configuration with relative storage paths anchored in `dataDir` and the profile's models. */
export function anchorConfig(
  config: KioskConfig,
  dataDir: string | null,
  modelsDir: string | undefined,
): KioskConfig {
  // A kiosk started by systemd or the shell launcher has no meaningful working directory.
  const anchored = (path: string) =>
    dataDir === null || isAbsolute(path) ? path : join(dataDir, path);
  return {
    ...config,
    face: modelsDir ? { ...config.face, modelsDir } : config.face,
    storage: {
      ...config.storage,
      dbPath: anchored(config.storage.dbPath),
      vaultDir: anchored(config.storage.vaultDir),
    },
  };
}

/** Loads the configuration the profile names; only a development profile reads the environment. */
export async function profileConfig(
  profile: Pick<BootProfile, 'mode' | 'config' | 'modelsDir'>,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<KioskConfig> {
  const source = profile.config;
  if (source.kind === 'given') return anchorConfig(source.config, null, profile.modelsDir);
  const config = await loadConfig({
    ...source.files,
    env,
    packaged: profile.mode === 'production',
  });
  return anchorConfig(config, source.dataDir, profile.modelsDir);
}

/** Builds and starts every kiosk service for the profile. */
export async function bootKiosk(profile: BootProfile): Promise<Kiosk> {
  const config = await profileConfig(profile);
  return createKiosk({
    config,
    vault: profile.vault,
    vaultStrength: profile.vaultStrength,
    configPaths: profile.config.kind === 'files' ? profile.config.files : null,
    logger: profile.logger,
    launchEngine: profile.launchEngine,
    appVersion: profile.appVersion,
    serialTransport:
      profile.devices.kind === 'simulated' ? profile.devices.serialTransport : undefined,
  });
}
