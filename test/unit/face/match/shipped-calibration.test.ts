import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCalibration } from '../../../../src/core/face/match/calibration';
import { OPERATING_POINTS } from '../../../../src/renderer/setup/setup-steps';
import { DEFAULT_CONFIG } from '../../../../src/shared/config/config-defaults';

const shipped = resolve(import.meta.dirname, '../../../../models/calibration.json');

describe('the shipped calibration', () => {
  it('holds the configured default and makes it its own default', async () => {
    const calibration = await loadCalibration(shipped);
    expect(calibration.defaultOperatingPoint).toBe(DEFAULT_CONFIG.face.operatingPoint);
    const point = calibration.operatingPoints[DEFAULT_CONFIG.face.operatingPoint];
    // The default was chosen over whole sessions of the default capture policy: it says so.
    expect(point?.session?.attempts).toBe(DEFAULT_CONFIG.capture.attempts);
    expect(point?.session?.impostorPass).toBeLessThanOrEqual(0.001);
  });

  it('holds every operating point the setup wizard offers', async () => {
    const { operatingPoints } = await loadCalibration(shipped);
    for (const name of OPERATING_POINTS) expect(Object.keys(operatingPoints)).toContain(name);
  });
});
