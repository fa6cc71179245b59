/**
 * Starts the face engine in an Electron utilityProcess (onnxruntime blocks its thread and is
 * known to crash inside Electron worker threads) and presents it with the ChildProcess surface the
 * FaceEngineClient drives: 'message' and 'exit' events, send, kill, pid, exitCode and signalCode.
 */
import { EventEmitter } from 'node:events';
import { utilityProcess, type UtilityProcess } from 'electron';

/** The part of a ChildProcess the engine client uses. */
export interface EngineProcessHandle extends EventEmitter {
  readonly pid: number | undefined;
  readonly exitCode: number | null;
  readonly signalCode: NodeJS.Signals | null;
  send(message: unknown): boolean;
  kill(signal?: NodeJS.Signals): boolean;
}

class UtilityEngineHandle extends EventEmitter implements EngineProcessHandle {
  exitCode: number | null = null;
  signalCode: NodeJS.Signals | null = null;
  private killedWith: NodeJS.Signals | null = null;

  constructor(private readonly child: UtilityProcess) {
    super();
    child.on('message', (message: unknown) => this.emit('message', message));
    child.once('exit', (code: number) => {
      // A utilityProcess reports only a code; a kill we asked for is reported as its signal.
      if (this.killedWith) this.signalCode = this.killedWith;
      else this.exitCode = code;
      this.emit('exit', this.exitCode, this.signalCode);
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  send(message: unknown): boolean {
    this.child.postMessage(message);
    return true;
  }

  kill(signal: NodeJS.Signals = 'SIGTERM'): boolean {
    this.killedWith = signal;
    return this.child.kill();
  }
}

/** Forks the bundled engine entry (dist/face-engine.mjs) in a utilityProcess with the engine's options. */
export function forkUtilityEngine(
  entry: string,
  options: { modelsDir: string; threads?: number },
): EngineProcessHandle {
  const child = utilityProcess.fork(entry, [], {
    serviceName: 'kiosk-face-engine',
    env: { ...process.env, FACE_ENGINE_OPTIONS: JSON.stringify(options) },
    stdio: 'inherit',
  });
  return new UtilityEngineHandle(child);
}
