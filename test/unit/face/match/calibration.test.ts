import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CalibrationError,
  loadCalibration,
  parseCalibration,
} from '../../../../src/core/face/match/calibration';
import { CALIBRATION } from './calibration-fixture';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'calibration-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function failureOf(promise: Promise<unknown>): Promise<CalibrationError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CalibrationError);
  return error as CalibrationError;
}

describe('loadCalibration', () => {
  it('loads a valid file', async () => {
    const file = join(dir, 'ok.json');
    await writeFile(file, JSON.stringify(CALIBRATION));
    await expect(loadCalibration(file)).resolves.toEqual(CALIBRATION);
  });

  it('reports a missing file as missing, naming it', async () => {
    const error = await failureOf(loadCalibration(join(dir, 'absent.json')));
    expect(error.reason).toBe('missing');
    expect(error.text.en).toContain('absent.json');
  });

  it('reports a file that is not JSON as invalid', async () => {
    const file = join(dir, 'broken.json');
    await writeFile(file, '{ not json');
    expect((await failureOf(loadCalibration(file))).reason).toBe('invalid');
  });

  it('names the field that fails validation', () => {
    const bad = {
      ...CALIBRATION,
      operatingPoints: { 'far-1e-3': { far: 0.001, threshold: 2, tar: 0.9 } },
    };
    expect(() => parseCalibration(bad)).toThrow(/operatingPoints\.far-1e-3\.threshold/);
  });

  it('refuses a default operating point that is not listed', () => {
    const bad = { ...CALIBRATION, defaultOperatingPoint: 'far-1e-4' };
    expect(() => parseCalibration(bad)).toThrow(CalibrationError);
  });
});
