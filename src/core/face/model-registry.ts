/**
 * The loaded models: one onnxruntime session per role, created from verified bytes and warmed
 * up (the first run of a session is several times slower than the next ones).
 */
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { performance } from 'node:perf_hooks';
import { FaceModelError } from './face-errors';
import { readModelManifest, readVerifiedModel } from './model-files';
import { MODEL_ROLES, type ModelManifest, type ModelRole } from './model-manifest';

/** Output tensors of one run, by output name, and the time the run took. */
interface ModelRun {
  readonly outputs: Readonly<Record<string, Float32Array>>;
  readonly ms: number;
}

/** The verified, warmed-up models of the face engine. */
export interface ModelRegistry {
  readonly manifest: ModelManifest;
  /** Runs a model on one input tensor (NCHW, batch 1, the shape the manifest gives). */
  run(role: ModelRole, input: Float32Array): Promise<ModelRun>;
  close(): Promise<void>;
}

/** Loads every model the manifest lists from `modelsDir`, checking hashes first. */
export async function loadModelRegistry(modelsDir: string, threads = 2): Promise<ModelRegistry> {
  const manifest = await readModelManifest(modelsDir);
  const options: InferenceSession.SessionOptions = {
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    graphOptimizationLevel: 'all',
    executionMode: 'sequential',
    // Spinning worker threads burn the cores the camera and the UI share with us; measured in
    // docs/performance.md, they also made analyze several times slower on a busy machine.
    extra: { session: { intra_op: { allow_spinning: '0' } } },
  };
  const sessions = new Map<ModelRole, InferenceSession>();
  for (const role of MODEL_ROLES) {
    const entry = manifest.models[role];
    const bytes = await readVerifiedModel(modelsDir, entry);
    try {
      sessions.set(role, await InferenceSession.create(bytes, options));
    } catch (cause) {
      throw new FaceModelError('load-failed', entry.file, String(cause), { cause });
    }
  }

  const run = async (role: ModelRole, input: Float32Array): Promise<ModelRun> => {
    const entry = manifest.models[role];
    const session = sessions.get(role);
    const spec = entry.inputs[0];
    if (!session || !spec) throw new Error(`Model ${role} is not loaded`);
    const tensor = new Tensor('float32', input, spec.shape);
    const started = performance.now();
    const result = await session.run({ [spec.name]: tensor });
    const ms = performance.now() - started;
    const outputs: Record<string, Float32Array> = {};
    for (const [name, value] of Object.entries(result)) outputs[name] = value.data as Float32Array;
    return { outputs, ms };
  };

  for (const role of MODEL_ROLES) {
    const shape = manifest.models[role].inputs[0]?.shape ?? [];
    const zeros = new Float32Array(shape.reduce((a, b) => a * b, 1));
    await run(role, zeros);
    await run(role, zeros);
  }

  return {
    manifest,
    run,
    async close() {
      for (const session of sessions.values()) await session.release();
      sessions.clear();
    },
  };
}
