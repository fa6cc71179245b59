import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Where the shared evaluation data (`faces/`, `spoof/`, `camera/`) lives: `KIOSK_SHARED_DIR`, or
 * `../shared` beside the checkout. Returns null when absent; under CI=true absence is an error,
 * so a CI run can never pass by silently skipping the data-driven tests.
 */
export function sharedDataDir(): string | null {
  const candidates = [process.env.KIOSK_SHARED_DIR, resolve(import.meta.dirname, '../../../shared')]
    .filter((dir): dir is string => Boolean(dir))
    .map((dir) => resolve(dir, 'data'));
  const found = candidates.find((dir) => existsSync(dir)) ?? null;
  if (!found && process.env.CI === 'true') {
    throw new Error(
      `Shared test data not found (tried ${candidates.join(', ')}). Set KIOSK_SHARED_DIR to the folder that holds data/.`,
    );
  }
  return found;
}

/** The skip reason to put in a gated test's title when the shared data is missing. */
export const NEEDS_SHARED_DATA =
  'needs ../shared/data (set KIOSK_SHARED_DIR to the folder holding data/)';
