import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../../../src/core/clock';
import { remoteConfigSelfTest } from '../../../src/core/fleet/config-self-test';
import { DEFAULT_CONFIG } from '../../../src/shared/config/config-defaults';
import type { KioskConfig } from '../../../src/shared/config/config-schema';

const dir = mkdtempSync(join(tmpdir(), 'remote-self-test-'));
const previous: KioskConfig = {
  ...DEFAULT_CONFIG,
  storage: { ...DEFAULT_CONFIG.storage, dbPath: join(dir, 'kiosk.db'), minFreeBytes: 0 },
};
const withPoint = (operatingPoint: string): KioskConfig => ({
  ...previous,
  face: { ...previous.face, operatingPoint },
});
const context = { clock: systemClock, operatingPoints: ['far-1e-3', 'session-1e-3', 'far-1e-4'] };

describe('remote configuration self-test', () => {
  it('keeps a remote configuration whose operating point the loaded calibration holds', async () => {
    expect(await remoteConfigSelfTest(withPoint('far-1e-4'), previous, context)).toBe(true);
  });

  it('refuses an operating point the calibration lacks, which would stop the kiosk at its next start', async () => {
    expect(await remoteConfigSelfTest(withPoint('far-1e-6'), previous, context)).toBe(false);
  });
});
