/**
 * The one place the shell builds the kiosk: the composition root in core/kiosk.ts, given the
 * vault chosen here and the utilityProcess engine launcher. Everything else in main only adapts.
 */
import type { KeyVault } from '../core/device/key-vault';
import type { VaultStrength } from '../core/device/selftest-vault';
import type { Logger } from '../core/log/logger';
import type { KioskApi } from '../shared/kiosk-api/kiosk-api';
import type { EngineProcessHandle } from './face-engine-utility';

/** What the shell hands to the composition root. */
export interface KioskServiceOptions {
  readonly configPaths: { readonly sitePolicyPath: string | null; readonly localPath: string };
  readonly packaged: boolean;
  readonly vault: KeyVault;
  readonly vaultStrength: VaultStrength;
  /** The verified models folder (extra resources when packaged); overrides face.modelsDir. */
  readonly modelsDir: string;
  readonly logger: Logger;
  readonly spawnFaceEngine: (options: { modelsDir: string; threads?: number }) => EngineProcessHandle;
}

/** A running kiosk. */
export interface KioskService {
  readonly api: KioskApi;
  close(): Promise<void>;
}

/** The factory core/kiosk.ts exports. */
type CreateKiosk = (options: KioskServiceOptions) => Promise<KioskService>;

// core/kiosk.ts is being written in parallel; until it lands the specifier is opaque to the type
// checker. When it exists: `import { createKiosk } from '../core/kiosk'` and drop the cast.
const COMPOSITION_ROOT = '../core/kiosk';

/** Builds and starts every kiosk service. */
export async function startKioskService(options: KioskServiceOptions): Promise<KioskService> {
  const { createKiosk } = (await import(/* @vite-ignore */ COMPOSITION_ROOT)) as { createKiosk: CreateKiosk };
  return createKiosk(options);
}
