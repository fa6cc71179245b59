/** The self-test: every check in order, each timed, a crashing check reported as a failure of its own. */
import { performance } from 'node:perf_hooks';
import { DEVICE_TEXTS } from '../../shared/i18n/catalog-device';
import type { KioskConfig } from '../../shared/config/config-schema';
import { KioskError } from '../kiosk-error';
import type { Clock } from '../clock';
import { CHECK_NAMES, type CheckName, type CheckReport, type CheckResult } from './selftest-check';
import { checkEndpoint } from './selftest-endpoint';
import { checkDatabase, checkDisk, checkIdentity, checkModels } from './selftest-local';
import { checkVault, type VaultStrength } from './selftest-vault';

/** A reader that answered the SAM ID command, or null when none did. */
export type ReaderProbe = () => Promise<{ readonly where: string; readonly samId: string } | null>;

/** What the self-test looks at. */
export interface SelftestInputs {
  readonly config: KioskConfig;
  /** The device key's id, or null when the vault holds none. */
  readonly keyId: string | null;
  readonly vault: VaultStrength;
  readonly probeReader: ReaderProbe;
  readonly clock: Clock;
}

async function checkReader(probe: ReaderProbe): Promise<CheckResult> {
  const found = await probe();
  return found
    ? { status: 'pass', detail: DEVICE_TEXTS.readerFound, params: found }
    : { status: 'fail', detail: DEVICE_TEXTS.readerNone };
}

/** Runs every check; the report lists them in CHECK_NAMES order. */
export async function runSelftest(inputs: SelftestInputs): Promise<CheckReport[]> {
  const { config } = inputs;
  // One request answers both network checks; it starts first and runs while the local ones do.
  const network = checkEndpoint(config.upload.endpoint, inputs.clock);
  const checks: Record<CheckName, () => Promise<CheckResult> | CheckResult> = {
    identity: () => checkIdentity(config, inputs.keyId),
    reader: () => checkReader(inputs.probeReader),
    camera: () => ({ status: 'ui', detail: DEVICE_TEXTS.cameraByUi }),
    models: () => checkModels(config.face.modelsDir),
    database: () => checkDatabase(config.storage),
    disk: () => checkDisk(config.storage),
    clock: async () => (await network).clock,
    endpoint: async () => (await network).endpoint,
    vault: () => checkVault(inputs.vault),
  };
  const reports: CheckReport[] = [];
  for (const name of CHECK_NAMES) {
    const started = performance.now();
    let result: CheckResult;
    try {
      result = await checks[name]();
    } catch (error) {
      const code =
        error instanceof KioskError ? error.code : error instanceof Error ? error.name : 'error';
      result = { status: 'fail', detail: DEVICE_TEXTS.checkCrashed, params: { code } };
    }
    reports.push({ name, ...result, durationMs: Math.round(performance.now() - started) });
  }
  return reports;
}

/** Whether the report lets the kiosk go into service: no check failed. */
export function selftestPassed(reports: readonly CheckReport[]): boolean {
  return reports.every((report) => report.status !== 'fail');
}
