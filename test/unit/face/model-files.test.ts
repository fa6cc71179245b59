import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FaceModelError } from '../../../src/core/face/face-errors';
import {
  readModelManifest,
  readVerifiedModel,
  sha256Hex,
} from '../../../src/core/face/model-files';

const repoModels = resolve(import.meta.dirname, '../../../models');
const dirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'face-models-'));
  dirs.push(dir);
  copyFileSync(join(repoModels, 'manifest.json'), join(dir, 'manifest.json'));
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const caught = async (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe('model files', () => {
  it('reads the repository manifest with all six roles', async () => {
    const manifest = await readModelManifest(repoModels);
    expect(Object.keys(manifest.models).sort()).toEqual([
      'detector',
      'embedding',
      'eyes',
      'landmarks',
      'liveness',
      'pose',
    ]);
    expect(manifest.models.embedding.preprocessing.channels).toBe('bgr');
    expect(manifest.models.liveness.decoding.liveClass).toBe(0);
  });

  it('names the missing model file and says to run npm run models', async () => {
    const dir = scratch();
    const manifest = await readModelManifest(dir);
    const error = await caught(readVerifiedModel(dir, manifest.models.detector));
    expect(error).toBeInstanceOf(FaceModelError);
    expect(error).toMatchObject({ problem: 'missing', file: join(dir, 'fr_detect.onnx') });
    expect((error as FaceModelError).text.en).toContain('npm run models');
    expect((error as FaceModelError).text['zh-CN']).toContain('fr_detect.onnx');
  });

  it('refuses a model whose bytes do not match the manifest hash', async () => {
    const dir = scratch();
    const manifest = await readModelManifest(dir);
    writeFileSync(join(dir, 'fr_eye.onnx'), 'not the model');
    expect(await caught(readVerifiedModel(dir, manifest.models.eyes))).toMatchObject({
      problem: 'altered',
      file: join(dir, 'fr_eye.onnx'),
    });
  });

  it('accepts a file whose hash matches', async () => {
    const dir = scratch();
    const manifest = await readModelManifest(dir);
    const bytes = new TextEncoder().encode('stand-in model');
    writeFileSync(join(dir, 'stand-in.onnx'), bytes);
    const entry = { ...manifest.models.eyes, file: 'stand-in.onnx', sha256: sha256Hex(bytes) };
    expect(Buffer.from(await readVerifiedModel(dir, entry)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('reports a manifest that breaks the schema with the offending field', async () => {
    const dir = scratch();
    const json = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    json.models.embedding.preprocessing.channels = 'cmyk';
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(json));
    const error = await caught(readModelManifest(dir));
    expect(error).toMatchObject({ problem: 'manifest-invalid' });
    expect((error as FaceModelError).detail).toContain('models.embedding.preprocessing.channels');
  });
});
