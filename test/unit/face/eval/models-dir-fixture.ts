import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/**
 * A temporary models folder holding one small file, made before the file's tests and removed
 * after them, for the calibration writer to hash; returns a getter for its path.
 */
export function useModelsDir(): () => string {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'models-'));
    await writeFile(join(dir, 'fr_feature.onnx'), 'weights');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return () => dir;
}
