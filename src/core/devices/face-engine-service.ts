/** Starting the face engine process, and the facts a record states about its models. */
import type { Logger } from '../log/logger';
import type { EngineLauncher } from '../face/engine/engine-child';
import { FaceEngineClient } from '../face/engine/face-engine-client';
import { readModelManifest } from '../face/model-files';
import type { FaceAnalyzer } from './face-engine-port';
import type { RecordContext } from '../records/record-draft';

/** A running face engine: analysis plus a clean stop. */
export interface FaceEngineService extends FaceAnalyzer {
  stop(): Promise<void>;
}

/**
 * Starts the engine client and resolves once its models are loaded and warmed up. `launch` starts
 * the process: a forked Node process by default, an Electron utilityProcess in the shell.
 */
export function startFaceEngine(options: {
  readonly modelsDir: string;
  readonly logger: Logger;
  readonly launch?: EngineLauncher;
  /** Must match the calibration's `computedOn.flipEmbedding`, or its thresholds do not hold. */
  readonly flipEmbedding: boolean;
}): Promise<FaceEngineService> {
  return FaceEngineClient.start(options);
}

/** The engine as an analyzer before it has started: each call waits for the start (the kiosk's API is not served before it). */
export function analyzerOnceStarted(starting: Promise<FaceAnalyzer>): FaceAnalyzer {
  return {
    analyze: async (frame) => (await starting).analyze(frame),
    enroll: async (photo) => (await starting).enroll(photo),
  };
}

const RECORDED_ROLES = ['detector', 'landmarks', 'embedding', 'liveness'] as const;

/** The models a face decision is based on, as the record lists them. */
export async function recordedModels(modelsDir: string): Promise<RecordContext['models']> {
  const manifest = await readModelManifest(modelsDir);
  return RECORDED_ROLES.map((role) => ({
    role,
    name: manifest.models[role].file,
    sha256: manifest.models[role].sha256,
  }));
}
