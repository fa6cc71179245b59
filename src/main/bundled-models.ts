/** Checks the models shipped as extra resources against their manifest before the kiosk starts. */
import { readModelManifest, readVerifiedModel } from '../core/face/model-files';
import { MODEL_ROLES } from '../core/face/model-manifest';

/** Where the models are: beside the asar in a packaged build, the repository's models/ otherwise. */
export function modelsDirOf(
  packaged: boolean,
  bundleDir: string,
  resourcesPath: string | undefined,
): string {
  return packaged && resourcesPath ? `${resourcesPath}/models` : `${bundleDir}/../models`;
}

/**
 * Verifies every model's sha256 with the face model registry's own check (FaceModelError naming
 * the file on a mismatch), so an altered install stops at boot with a clear log line rather than
 * inside the engine process.
 */
export async function verifyBundledModels(modelsDir: string): Promise<void> {
  const manifest = await readModelManifest(modelsDir);
  for (const role of MODEL_ROLES) await readVerifiedModel(modelsDir, manifest.models[role]);
}
