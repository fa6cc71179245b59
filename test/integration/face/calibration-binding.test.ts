import { copyFile, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkModels } from '../../../src/core/device/selftest-local';
import { CalibrationError } from '../../../src/core/face/match/calibration';
import {
  loadBoundCalibration,
  modelHashMismatches,
} from '../../../src/core/face/match/calibration-binding';
import { readModelManifest } from '../../../src/core/face/model-files';
import { initFileVault } from '../../../src/core/device/key-vault-file';
import { createKiosk } from '../../../src/core/kiosk';
import { DEFAULT_CONFIG } from '../../../src/shared/config/config-defaults';

const MODELS = resolve('models');
const FORGED = 'f'.repeat(64);
let dir = '';

/** A models folder with the real models and manifest but a calibration whose feature-model hash is made up. */
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'calibration-binding-'));
  const manifest = await readModelManifest(MODELS);
  await copyFile(join(MODELS, 'manifest.json'), join(dir, 'manifest.json'));
  for (const entry of Object.values(manifest.models))
    await symlink(join(MODELS, entry.file), join(dir, entry.file));
  const calibration = JSON.parse(await readFile(join(MODELS, 'calibration.json'), 'utf8'));
  calibration.computedOn.models['fr_feature.onnx'] = FORGED;
  await writeFile(join(dir, 'calibration.json'), JSON.stringify(calibration));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('calibration bound to the models', () => {
  it('lists files whose hash differs or that only one side names', () => {
    expect(
      modelHashMismatches(
        { 'a.onnx': '1', 'b.onnx': '2', 'c.onnx': '3' },
        { 'a.onnx': '1', 'b.onnx': '9', 'd.onnx': '4' },
      ),
    ).toEqual([
      { file: 'b.onnx', calibrated: '2', loaded: '9' },
      { file: 'c.onnx', calibrated: '3', loaded: null },
      { file: 'd.onnx', calibrated: null, loaded: '4' },
    ]);
  });

  it('accepts the committed calibration: it names the sha256 of every shipped model', async () => {
    const calibration = await loadBoundCalibration(MODELS);
    const manifest = await readModelManifest(MODELS);
    expect(Object.keys(calibration.computedOn.models).sort()).toEqual(
      Object.values(manifest.models)
        .map((entry) => entry.file)
        .sort(),
    );
  });

  it('refuses a calibration made for other model files, naming the model and both hashes', async () => {
    const error = await loadBoundCalibration(dir).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CalibrationError);
    const refused = error as CalibrationError;
    expect(refused.reason).toBe('model-mismatch');
    expect(refused.code).toBe('face.calibration.model-mismatch');
    const manifest = await readModelManifest(MODELS);
    for (const locale of ['zh-CN', 'en'] as const) {
      expect(refused.text[locale]).toContain('fr_feature.onnx');
      expect(refused.text[locale]).toContain(FORGED);
      expect(refused.text[locale]).toContain(manifest.models.embedding.sha256);
    }
  });

  it('keeps the kiosk from starting on such a calibration', async () => {
    const config = { ...DEFAULT_CONFIG, face: { ...DEFAULT_CONFIG.face, modelsDir: dir } };
    const started = createKiosk({ config, vault: initFileVault(join(dir, 'vault')) });
    await expect(started).rejects.toMatchObject({
      code: 'face.calibration.model-mismatch',
      reason: 'model-mismatch',
    });
  });

  it('makes the self-test fail its models check with the same explanation', async () => {
    const result = await checkModels(dir);
    expect(result.status).toBe('fail');
    expect(result.params).toEqual({ code: 'face.calibration.model-mismatch' });
    expect(result.detail.en).toContain(FORGED);
    expect((await checkModels(MODELS)).status).toBe('pass');
  });
});
