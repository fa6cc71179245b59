/**
 * Binds a calibration to the models it was made with: its thresholds only hold for the exact model
 * files whose scores produced them, so a calibration naming other files or other hashes is refused.
 */
import { join } from 'node:path';
import { readModelManifest } from '../model-files';
import type { ModelManifest } from '../model-manifest';
import { CalibrationError, loadCalibration, type Calibration } from './calibration';

/** One model file whose hash differs between the calibration and the loaded models; null: absent there. */
export interface ModelHashMismatch {
  readonly file: string;
  readonly calibrated: string | null;
  readonly loaded: string | null;
}

/** The calibration file's name inside the models folder. */
const CALIBRATION_FILE = 'calibration.json';

/** sha256 of every model the engine loads, by file name (the engine refuses a file that differs). */
export function loadedModelHashes(manifest: ModelManifest): Record<string, string> {
  return Object.fromEntries(
    Object.values(manifest.models).map((entry) => [entry.file, entry.sha256]),
  );
}

/** Every file named on either side whose hash is not the same on both, in file-name order. */
export function modelHashMismatches(
  calibrated: Readonly<Record<string, string>>,
  loaded: Readonly<Record<string, string>>,
): ModelHashMismatch[] {
  const files = [...new Set([...Object.keys(calibrated), ...Object.keys(loaded)])].sort();
  return files.flatMap((file) => {
    const mismatch = { file, calibrated: calibrated[file] ?? null, loaded: loaded[file] ?? null };
    return mismatch.calibrated === mismatch.loaded ? [] : [mismatch];
  });
}

/** Throws a CalibrationError naming the first model whose hash does not match, with both hashes. */
function assertCalibrationBound(
  calibration: Calibration,
  manifest: ModelManifest,
  file: string,
): void {
  const [first] = modelHashMismatches(calibration.computedOn.models, loadedModelHashes(manifest));
  if (!first) return;
  throw new CalibrationError('model-mismatch', {
    file,
    model: first.file,
    calibrated: first.calibrated ?? 'none',
    loaded: first.loaded ?? 'none',
  });
}

/** Reads `calibration.json` of a models folder and checks it was made with that folder's models. */
export async function loadBoundCalibration(modelsDir: string): Promise<Calibration> {
  const file = join(modelsDir, CALIBRATION_FILE);
  const calibration = await loadCalibration(file);
  assertCalibrationBound(calibration, await readModelManifest(modelsDir), file);
  return calibration;
}
