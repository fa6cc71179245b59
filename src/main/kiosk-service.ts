/**
 * The one place the shell builds the kiosk: loads the configuration (a packaged build ignores the
 * environment), anchors its relative paths in the app's data folder, and calls the composition
 * root with the vault chosen here. Everything else in main only adapts.
 */
import { isAbsolute, join } from 'node:path';
import { loadConfig } from '../core/device/config-loader';
import type { KeyVault } from '../core/device/key-vault';
import type { VaultStrength } from '../core/device/selftest-vault';
import { createKiosk, type Kiosk } from '../core/kiosk';
import type { EngineLauncher } from '../core/face/engine/engine-child';
import type { Logger } from '../core/log/logger';
import type { KioskConfig } from '../shared/config/config-schema';

/** What the shell hands to the composition root. */
export interface KioskServiceOptions {
  /** The app's data folder: configuration files, and the base of relative storage paths. */
  readonly dataDir: string;
  readonly packaged: boolean;
  readonly vault: KeyVault;
  readonly vaultStrength: VaultStrength;
  /** The verified models folder (extra resources when packaged); overrides face.modelsDir. */
  readonly modelsDir: string;
  readonly logger: Logger;
  /** Starts the face engine: a utilityProcess, since the RunAsNode fuse disables child_process.fork. */
  readonly launchEngine: EngineLauncher;
}

/** The configuration with its storage paths anchored in `dataDir` and the shell's models folder. */
export function anchorConfig(config: KioskConfig, dataDir: string, modelsDir: string): KioskConfig {
  // A kiosk started by systemd or the shell launcher has no meaningful working directory.
  const anchored = (path: string) => (isAbsolute(path) ? path : join(dataDir, path));
  return {
    ...config,
    face: { ...config.face, modelsDir },
    storage: {
      ...config.storage,
      dbPath: anchored(config.storage.dbPath),
      vaultDir: anchored(config.storage.vaultDir),
    },
  };
}

/** Builds and starts every kiosk service. */
export async function startKioskService(options: KioskServiceOptions): Promise<Kiosk> {
  const configPaths = {
    sitePolicyPath: join(options.dataDir, 'site-policy.json'),
    localPath: join(options.dataDir, 'kiosk.json'),
  };
  const config = await loadConfig({ ...configPaths, packaged: options.packaged, env: process.env });
  return createKiosk({
    config: anchorConfig(config, options.dataDir, options.modelsDir),
    vault: options.vault,
    vaultStrength: options.vaultStrength,
    configPaths,
    logger: options.logger,
    launchEngine: options.launchEngine,
  });
}
