/** Starting the face engine process, and the facts a record states about its models. */
import type { Logger } from '../log/logger';
import { FaceEngineClient } from '../face/engine/face-engine-client';
import { readModelManifest } from '../face/model-files';
import type { FaceAnalyzer } from './face-engine-port';
import type { RecordContext } from './record-draft';

/** A running face engine: analysis plus a clean stop. */
export interface FaceEngineService extends FaceAnalyzer {
  stop(): Promise<void>;
}

/** Starts the engine and resolves once its models are loaded and warmed up. */
export type FaceEngineLauncher = (options: {
  readonly modelsDir: string;
  readonly logger: Logger;
}) => Promise<FaceEngineService>;

/** The default launcher: a forked Node process (browser host, CLI, tests). */
export const forkFaceEngine: FaceEngineLauncher = ({ modelsDir, logger }) =>
  FaceEngineClient.start({ modelsDir, logger });

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
