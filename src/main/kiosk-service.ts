/**
 * The shell's boot profile: configuration files in the app's data folder (relative storage paths
 * anchored there), real devices, the vault and engine launcher chosen by the shell, and environment
 * overrides only when the app is not packaged. Everything else in main only adapts.
 */
import { join } from 'node:path';
import { bootKiosk } from '../core/boot/boot-kiosk';
import type { KeyVault } from '../core/device/key-vault';
import type { VaultStrength } from '../core/device/selftest-vault';
import type { Kiosk } from '../core/kiosk';
import type { EngineLauncher } from '../core/face/engine/engine-child';
import type { UpdateOfferHandler } from '../core/fleet/update-offer';
import type { Logger } from '../core/log/logger';

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
  /** Installs the updates the fleet offers (app-updates.ts). */
  readonly offerUpdate?: UpdateOfferHandler;
}

/** Builds and starts every kiosk service. */
export function startKioskService(options: KioskServiceOptions): Promise<Kiosk> {
  const { dataDir } = options;
  return bootKiosk({
    mode: options.packaged ? 'production' : 'development',
    config: {
      kind: 'files',
      files: {
        sitePolicyPath: join(dataDir, 'site-policy.json'),
        localPath: join(dataDir, 'kiosk.json'),
      },
      dataDir,
    },
    devices: { kind: 'real' },
    vault: options.vault,
    vaultStrength: options.vaultStrength,
    modelsDir: options.modelsDir,
    logger: options.logger,
    launchEngine: options.launchEngine,
    ...(options.offerUpdate ? { offerUpdate: options.offerUpdate } : {}),
  });
}
