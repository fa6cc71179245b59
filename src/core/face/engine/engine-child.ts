/** Spawns the face engine process and waits for its ready handshake. */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { FaceEngineCrashedError, FaceModelError } from '../face-errors';
import { KioskError } from '../../kiosk-error';
import { fromEngineSchema } from './engine-protocol';

/** What the engine process is started with. */
export interface EngineChildOptions {
  readonly modelsDir: string;
  readonly threads?: number;
  readonly flipEmbedding?: boolean;
  /** How long loading, verifying and warming up the models may take. */
  readonly startTimeoutMs: number;
}

const ENTRY = fileURLToPath(new URL('./face-engine-process.ts', import.meta.url));

/** Forks the engine process; resolves once it is warmed up, rejects with a typed error if it cannot start. */
export function spawnEngineChild(options: EngineChildOptions): Promise<ChildProcess> {
  const { startTimeoutMs, ...engineOptions } = options;
  const child = fork(ENTRY, [], {
    execArgv: ['--import', 'tsx'],
    // 'advanced' keeps Uint8Array frames and Float32Array embeddings as typed arrays across the pipe.
    serialization: 'advanced',
    env: { ...process.env, FACE_ENGINE_OPTIONS: JSON.stringify(engineOptions) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (!error) return resolve(child);
      child.kill('SIGKILL');
      reject(error);
    };
    const onMessage = (raw: unknown) => {
      const parsed = fromEngineSchema.safeParse(raw);
      if (!parsed.success) return;
      const message = parsed.data;
      if (message.kind === 'ready') done();
      else if (message.kind === 'start-failed') {
        const { model, problem } = message;
        done(
          model
            ? new FaceModelError(model.problem, model.file, model.detail)
            : new KioskError(problem.code, problem.text, problem.retryable),
        );
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
      done(new FaceEngineCrashedError(code, signal));
    const timer = setTimeout(
      () => done(new Error(`The face engine did not start within ${startTimeoutMs} ms`)),
      startTimeoutMs,
    );
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}
