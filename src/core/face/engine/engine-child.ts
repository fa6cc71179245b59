/** Spawns the face engine process and waits for its ready handshake. */
import { fork } from 'node:child_process';
import type { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';
import { FaceEngineCrashedError, FaceModelError } from '../face-errors';
import { KioskError } from '../../kiosk-error';
import { fromEngineSchema } from './engine-protocol';

/** The options the engine entry reads (FACE_ENGINE_OPTIONS). */
export interface EngineOptions {
  readonly modelsDir: string;
  readonly threads?: number;
  readonly flipEmbedding?: boolean;
}

/** The part of a child process the client drives: a forked Node process, or Electron's utilityProcess adapted. */
export interface EngineProcess extends EventEmitter {
  readonly pid?: number | undefined;
  readonly exitCode: number | null;
  readonly signalCode: NodeJS.Signals | null;
  send(message: unknown): boolean;
  kill(signal?: NodeJS.Signals): boolean;
}

/** Starts the engine entry with its options; the message protocol is the same whatever the launcher. */
export type EngineLauncher = (options: EngineOptions) => EngineProcess;

/** How the engine process is started. */
export interface EngineChildOptions extends EngineOptions {
  /** How long loading, verifying and warming up the models may take. */
  readonly startTimeoutMs: number;
  /** Default: a forked Node process running the TypeScript entry through tsx. */
  readonly launch?: EngineLauncher;
}

const ENTRY = fileURLToPath(new URL('./face-engine-process.ts', import.meta.url));

/** Forks the engine entry as a Node process (browser host, tests, development). */
export const forkEngine: EngineLauncher = (options) =>
  fork(ENTRY, [], {
    execArgv: ['--import', 'tsx'],
    // 'advanced' keeps Uint8Array frames and Float32Array embeddings as typed arrays across the pipe.
    serialization: 'advanced',
    env: { ...process.env, FACE_ENGINE_OPTIONS: JSON.stringify(options) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });

/** Starts the engine process; resolves once it is warmed up, rejects with a typed error if it cannot start. */
export function spawnEngineChild(options: EngineChildOptions): Promise<EngineProcess> {
  const { startTimeoutMs, launch = forkEngine, ...engineOptions } = options;
  const child = launch(engineOptions);
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
