/**
 * What differs between the ways the kiosk starts — and nothing else: where the configuration and
 * data live, whether the devices are real or simulated, and whether environment overrides count.
 * Electron, `kiosk host` and the demo all boot through bootKiosk with one of these.
 */
import type { KioskConfig } from '../../shared/config/config-schema';
import type { ConfigFiles } from '../device/config-loader';
import type { KeyVault } from '../device/key-vault';
import type { VaultStrength } from '../device/selftest-vault';
import type { EngineLauncher } from '../face/engine/engine-child';
import type { DetectionContext } from '../idcard/reader/reader-detection';
import type { Logger } from '../log/logger';

/** How the configuration is obtained. */
type ConfigSource =
  /** Read the layer files; a relative storage path is anchored in `dataDir` when one is given. */
  | { readonly kind: 'files'; readonly files: ConfigFiles; readonly dataDir: string | null }
  /** A configuration built in code (the demo's, on simulated devices); setup cannot save it. */
  | { readonly kind: 'given'; readonly config: KioskConfig };

/** Real devices are found from the configuration; simulated ones come with their serial link. */
type Devices =
  | { readonly kind: 'real' }
  | {
      readonly kind: 'simulated';
      /** The in-process serial link; absent, the emulator sits on a pseudo-terminal like a real port. */
      readonly serialTransport?: DetectionContext['serialTransport'];
    };

/**
 * A boot profile. `production` never reads environment overrides, so a packaged kiosk or the
 * Chromium-kiosk unit cannot be reconfigured by whoever launches it; `development` does.
 */
export interface BootProfile {
  readonly mode: 'production' | 'development';
  readonly config: ConfigSource;
  readonly devices: Devices;
  readonly vault: KeyVault;
  readonly vaultStrength?: VaultStrength;
  /** The verified models folder (the app's resources when packaged); overrides face.modelsDir. */
  readonly modelsDir?: string;
  readonly logger: Logger;
  /** Starts the face engine (Electron: a utilityProcess; elsewhere a forked Node process). */
  readonly launchEngine?: EngineLauncher;
  readonly appVersion?: string;
}
