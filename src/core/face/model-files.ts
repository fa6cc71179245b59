/** Reads the model manifest and checks each model file against its sha256 before anything loads it. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FaceModelError } from './face-errors';
import { modelManifestSchema, type ModelEntry, type ModelManifest } from './model-manifest';

/** The manifest's file name inside the models folder. */
const MANIFEST_FILE = 'manifest.json';

/** Reads and validates `manifest.json` of a models folder. */
export async function readModelManifest(modelsDir: string): Promise<ModelManifest> {
  const path = join(modelsDir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new FaceModelError('missing', path, '', { cause });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new FaceModelError('manifest-invalid', path, 'not JSON', { cause });
  }
  const parsed = modelManifestSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new FaceModelError(
      'manifest-invalid',
      path,
      first ? `${first.path.join('.')}: ${first.message}` : '',
    );
  }
  return parsed.data;
}

/** The hex sha256 of some bytes. */
export const sha256Hex = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');

/** Reads one model file and returns its bytes, or throws a FaceModelError naming the file. */
export async function readVerifiedModel(modelsDir: string, entry: ModelEntry): Promise<Uint8Array> {
  const path = join(modelsDir, entry.file);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    throw new FaceModelError('missing', path, '', { cause });
  }
  if (sha256Hex(bytes) !== entry.sha256) throw new FaceModelError('altered', path);
  return bytes;
}
