/**
 * The face engine as the rest of the kiosk sees it: the pipeline in its own process, with typed
 * errors when it crashes (then it restarts by itself), hangs (per-request timeout) or is stopped.
 */
import type { z } from 'zod';
import { silentLogger, type Logger } from '../../log/logger';
import type { RgbImage } from '../../photo/rgb-image';
import {
  FaceEngineCrashedError,
  FaceEngineStoppedError,
  FaceEngineTimeoutError,
  FaceFrameInvalidError,
} from '../face-errors';
import type { Enrollment, FrameAnalysis } from '../frame-analysis';
import { enrollmentSchema, frameAnalysisSchema, rgbImageSchema } from './analysis-schema';
import { engineFrameSchema, type EngineFrame } from './engine-frame';
import { spawnEngineChild, type EngineChildOptions, type EngineProcess } from './engine-child';
import type { EngineRequest, ToEngine } from './engine-protocol';
import { PendingCalls } from './pending-calls';

/** Options of the engine client. */
export interface FaceEngineClientOptions extends Omit<EngineChildOptions, 'startTimeoutMs'> {
  readonly startTimeoutMs?: number;
  /** How long one analyze/enroll may take before the process is presumed hung and restarted. */
  readonly requestTimeoutMs?: number;
  readonly logger?: Logger;
}

/** Client of the face engine process. Create with `FaceEngineClient.start`. */
export class FaceEngineClient {
  private child: Promise<EngineProcess>;
  private readonly pending = new PendingCalls();
  private stopped = false;
  private readonly retired = new WeakSet<EngineProcess>();
  private readonly log: Logger;

  private constructor(
    private readonly options: FaceEngineClientOptions,
    first: EngineProcess,
  ) {
    this.log = options.logger ?? silentLogger;
    this.child = Promise.resolve(this.attach(first));
  }

  /** Spawns the engine process and resolves once its models are loaded and warmed up. */
  static async start(options: FaceEngineClientOptions): Promise<FaceEngineClient> {
    return new FaceEngineClient(
      options,
      await spawnEngineChild({ startTimeoutMs: 60_000, ...options }),
    );
  }

  /** Analyses one frame in the engine process, which decodes it (a JPEG travels compressed). */
  analyze(frame: EngineFrame): Promise<FrameAnalysis> {
    return this.call(
      { method: 'analyze', payload: { frame } },
      frameAnalysisSchema,
    ) as Promise<FrameAnalysis>;
  }

  /** The reference embedding of a card photo, or a typed failure. */
  enroll(photo: RgbImage): Promise<Enrollment> {
    return this.call(
      { method: 'enroll', payload: { photo } },
      enrollmentSchema,
    ) as Promise<Enrollment>;
  }

  /** Process id of the current engine process (for diagnostics and the crash tests). */
  async pid(): Promise<number | undefined> {
    return (await this.child).pid;
  }

  /** Stops the engine: pending calls fail with FaceEngineStoppedError, the process exits and is reaped. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.pending.failAll(() => new FaceEngineStoppedError());
    const child = await this.child.catch(() => null);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const shutdown: ToEngine = { kind: 'shutdown' };
    child.send(shutdown);
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(force);
    child.removeAllListeners();
  }

  private attach(child: EngineProcess): EngineProcess {
    child.on('message', (raw) => this.pending.answer(raw));
    // A request sent as the process dies fails with EPIPE; unheard, that error would end the kiosk.
    // The pending call fails with the crash when 'exit' follows.
    child.on('error', (error: Error) =>
      this.log.log('warn', 'face.engine.send-failed', { error: error.message }),
    );
    child.once('exit', (code, signal) => {
      child.removeAllListeners();
      if (this.stopped || this.retired.has(child)) return;
      this.log.log('error', 'face.engine.crashed', { code, signal });
      this.pending.failAll(() => new FaceEngineCrashedError(code, signal));
      this.child = this.respawn(Promise.resolve());
    });
    return child;
  }

  /** Kills a hung process; calls made meanwhile wait for its replacement instead of reaching it. */
  private retire(child: EngineProcess): void {
    if (this.retired.has(child)) return;
    this.retired.add(child);
    this.log.log('error', 'face.engine.hung', { pid: child.pid ?? null });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    this.pending.failAll(() => new FaceEngineCrashedError(null, 'SIGKILL'));
    this.child = this.respawn(exited);
  }

  private respawn(after: Promise<void>): Promise<EngineProcess> {
    const next = after
      .then(() => spawnEngineChild({ startTimeoutMs: 60_000, ...this.options }))
      .then((child) => this.attach(child));
    // A failed restart surfaces on the next call; it must not become an unhandled rejection.
    next.catch(() => undefined);
    return next;
  }

  private async call(
    request: Omit<EngineRequest, 'id' | 'kind'>,
    schema: z.ZodType,
  ): Promise<unknown> {
    if (this.stopped) throw new FaceEngineStoppedError();
    const checked =
      'frame' in request.payload
        ? engineFrameSchema.safeParse(request.payload.frame)
        : rgbImageSchema.safeParse(request.payload.photo);
    if (!checked.success)
      throw new FaceFrameInvalidError(checked.error.issues[0]?.message ?? 'invalid image');
    const child = await this.child;
    const timeoutMs = this.options.requestTimeoutMs ?? 5_000;
    return this.pending.open(
      schema,
      timeoutMs,
      (id) => child.send({ kind: 'request', id, ...request } as EngineRequest),
      () => {
        this.retire(child);
        return new FaceEngineTimeoutError(timeoutMs);
      },
    );
  }
}
