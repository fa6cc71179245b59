import { SAM_MESSAGES } from '../../../shared/i18n/catalog-sam';
import { silentLogger, type Logger } from '../../log/logger';
import { TransportError, type SamLink } from '../transport/sam-link';
import { DEFAULT_TIMEOUTS_MS, type SamCommandName } from './command-codes';
import type { FrameError } from './frame-error';
import { encodeRequest } from './request-frame';
import { createResponseDecoder, type ResponseFrame } from './response-frame';
import { judgeFrame, type RunOptions, type SamCommand, type SamCommandRunner } from './sam-command';
import { SamClosedError, SamStatusError, SamTimeoutError } from './sam-errors';
import { systemTimers, type Timers } from '../../clock';

/** Tuning of a SamClient; every field has a default from the protocol document. */
export interface SamClientOptions {
  readonly timeoutsMs?: Partial<Record<SamCommandName, number>>;
  /** How often a command is sent again after SW3 10/11 (damaged host frame). Default 1. */
  readonly resends?: number;
  /** Quiet time after a timeout before the next command goes out, so a late reply lands nowhere. Default 200. */
  readonly settleMs?: number;
  readonly timers?: Timers;
  readonly logger?: Logger;
}

interface Job {
  readonly command: SamCommand<unknown>;
  readonly frame: Uint8Array;
  readonly timeoutMs: number;
  resendsLeft: number;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
}

/** Talks to one SAM over a link: one command in flight, the rest queued; timeouts, resends and typed errors. */
export class SamClient implements SamCommandRunner {
  readonly #link: SamLink;
  readonly #timers: Timers;
  readonly #logger: Logger;
  readonly #options: SamClientOptions;
  readonly #decoder = createResponseDecoder();
  readonly #queue: Job[] = [];
  readonly #unsubscribe: (() => void)[];
  #current: Job | null = null;
  #frameError: FrameError | null = null;
  #attempt = 0;
  #timer: unknown = null;
  #settling: unknown = null;
  #closedWith: ((command: SamCommandName) => Error) | null = null;

  constructor(link: SamLink, options: SamClientOptions = {}) {
    this.#link = link;
    this.#options = options;
    this.#timers = options.timers ?? systemTimers;
    this.#logger = options.logger ?? silentLogger;
    this.#unsubscribe = [
      link.onData((chunk) => this.#onData(chunk)),
      link.onClose((error) => {
        const cause = error ?? new TransportError('disconnected', SAM_MESSAGES['link-closed']);
        this.#shutDown(() => cause);
      }),
    ];
  }

  /** Queues a command and resolves with its decoded answer, or rejects with a typed error. */
  run<T>(command: SamCommand<T>, options: RunOptions = {}): Promise<T> {
    if (this.#closedWith) return Promise.reject(this.#closedWith(command.name));
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({
        command,
        frame: encodeRequest(command.request),
        timeoutMs:
          options.timeoutMs ??
          this.#options.timeoutsMs?.[command.name] ??
          DEFAULT_TIMEOUTS_MS[command.name],
        resendsLeft: this.#options.resends ?? 1,
        resolve: resolve as (value: unknown) => void,
        reject,
      });
      this.#pump();
    });
  }

  /** Rejects every pending command with SamClosedError and drops all listeners and timers; the link stays open for its owner. */
  close(): void {
    this.#shutDown((command) => new SamClosedError(command));
  }

  #pump(): void {
    if (this.#current || this.#settling !== null || this.#closedWith) return;
    const job = this.#queue.shift();
    if (!job) return;
    this.#current = job;
    this.#send(job);
  }

  #send(job: Job): void {
    // A fresh decoder per attempt: half a stale frame must never combine with the new answer.
    this.#decoder.reset();
    this.#attempt += 1;
    this.#frameError = null;
    this.#timer = this.#timers.setTimeout(() => this.#onTimeout(job), job.timeoutMs);
    this.#link.send(job.frame).catch((error: unknown) => {
      const failure =
        error instanceof TransportError
          ? error
          : new TransportError('io', SAM_MESSAGES['link-closed'], { cause: error });
      if (this.#current === job) this.#finish(job, failure);
    });
  }

  #onTimeout(job: Job): void {
    this.#timer = null;
    // Settle first: finishing pumps the queue, and the next command must wait out the quiet time.
    this.#settling = this.#timers.setTimeout(() => {
      this.#settling = null;
      this.#pump();
    }, this.#options.settleMs ?? 200);
    this.#finish(job, this.#frameError ?? new SamTimeoutError(job.command.name, job.timeoutMs));
  }

  #onData(chunk: Uint8Array): void {
    const job = this.#current;
    if (!job) return; // Nobody asked: a late reply or line noise.
    const attempt = this.#attempt;
    for (const result of this.#decoder.push(chunk)) {
      // Frames after the answer, or after a resend went out, cannot answer what is now in flight.
      if (this.#current !== job || this.#attempt !== attempt) return;
      if (result.ok) this.#onFrame(job, result.value);
      else this.#frameError ??= result.error;
    }
    // A damaged frame fails the command once nothing else is on its way; otherwise wait for the rest.
    if (this.#current === job && this.#frameError && !this.#decoder.inFrame) {
      this.#finish(job, this.#frameError);
    }
  }

  #onFrame(job: Job, frame: ResponseFrame): void {
    const { command } = job;
    const verdict = judgeFrame(command, frame);
    const fields = { command: command.name, sw3: frame.sw3, bytes: frame.data.length, verdict };
    this.#logger.log(verdict === 'stale' ? 'warn' : 'debug', 'sam.frame', fields);
    if (verdict === 'stale') return;
    if (verdict === 'damaged-request' && job.resendsLeft > 0) {
      job.resendsLeft -= 1;
      this.#timers.clearTimeout(this.#timer);
      this.#send(job);
      return;
    }
    if (verdict !== 'answer') return this.#finish(job, new SamStatusError(command.name, frame.sw3));
    let value: unknown;
    try {
      value = command.decode(frame);
    } catch (error) {
      return this.#finish(job, error as Error);
    }
    this.#finish(job, null, value);
  }

  #finish(job: Job, error: Error | null, value?: unknown): void {
    if (this.#timer !== null) this.#timers.clearTimeout(this.#timer);
    this.#timer = null;
    this.#current = null;
    this.#frameError = null;
    if (error) job.reject(error);
    else job.resolve(value);
    this.#pump();
  }

  #shutDown(reason: (command: SamCommandName) => Error): void {
    if (this.#closedWith) return;
    this.#closedWith = reason;
    for (const unsubscribe of this.#unsubscribe) unsubscribe();
    if (this.#timer !== null) this.#timers.clearTimeout(this.#timer);
    if (this.#settling !== null) this.#timers.clearTimeout(this.#settling);
    this.#timer = this.#settling = null;
    const pending = this.#current ? [this.#current, ...this.#queue] : [...this.#queue];
    this.#current = null;
    this.#queue.length = 0;
    for (const job of pending) job.reject(reason(job.command.name));
  }
}
