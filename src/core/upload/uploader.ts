// The drain loop: claims due records, sends them through a platform adapter with bounded
// concurrency, and records each outcome. Woken when a record is appended, periodic otherwise.
import { systemClock, type Clock } from '../clock';
import { silentLogger, type Logger } from '../log/logger';
import { createRefusalAlarm, type OutcomeContext } from './apply-outcome';
import { DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
import { createSkewMonitor } from './clock-skew';
import { runDrainPass, type DrainSummary } from './drain-pass';
import type { OutboxPort } from './outbox-port';
import type { PlatformAdapter } from './platform-adapter';
import type { UploadEvent } from './upload-events';

/** How the uploader is built; everything but outbox, adapter and keyId has a default. */
export interface UploaderOptions {
  readonly outbox: OutboxPort;
  readonly adapter: PlatformAdapter;
  /** The device key id, named in the "device not registered" alarm. */
  readonly keyId: string;
  readonly clock?: Clock;
  /** Uniform [0, 1): injected so backoff is reproducible in tests. */
  readonly random?: () => number;
  /** Requests in flight at once. */
  readonly concurrency?: number;
  readonly backoff?: BackoffPolicy;
  /** How often to look for due records when nothing wakes the uploader. */
  readonly pollIntervalMs?: number;
  /** Clock difference with the platform beyond which the operator is told. */
  readonly skewThresholdMs?: number;
  readonly logger?: Logger;
  readonly onEvent?: (event: UploadEvent) => void;
  /** Called after every pass that ran to its end, with what it did: the queue changed at most once per pass. */
  readonly onPassEnd?: (summary: DrainSummary) => void;
}

/** The running uploader. */
export interface Uploader {
  /** Returns records left in `sending` by a previous run to pending, then drains and keeps draining. */
  start(): void;
  /** Drains soon: call after a record is appended. Ignored while a platform-requested pause lasts. */
  wake(): void;
  /** One pass over what is due now (what `kiosk queue drain` runs). */
  drainOnce(): Promise<DrainSummary>;
  /** Aborts requests in flight, waits for the pass to end and returns every `sending` record to pending. */
  stop(): Promise<void>;
}

/** Creates the uploader. */
export function createUploader(options: UploaderOptions): Uploader {
  const { outbox, adapter } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  const emit = options.onEvent ?? (() => {});
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const pollIntervalMs = options.pollIntervalMs ?? 60_000;
  const ctx: OutcomeContext = {
    outbox,
    backoff: options.backoff ?? DEFAULT_BACKOFF,
    random: options.random ?? Math.random,
    logger,
    keyId: options.keyId,
    emit,
  };
  const refusalAlarm = createRefusalAlarm(ctx);
  const skew = createSkewMonitor(options.skewThresholdMs);
  const abort = new AbortController();
  const pause = { untilMs: 0 };
  let running: Promise<DrainSummary> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let started = false;
  let stopping = false;
  let rerun = false;

  const pass = async () => {
    const summary = await runDrainPass({
      ctx,
      adapter,
      clock,
      logger,
      concurrency,
      signal: abort.signal,
      skew,
      onVerdict: refusalAlarm,
      pause,
    });
    options.onPassEnd?.(summary);
    return summary;
  };

  function schedule(): void {
    clearTimeout(timer);
    if (!started || stopping) return;
    const now = clock.now();
    const nextDueMs = outbox.stats(now).nextAttemptAtMs ?? Infinity;
    const atMs = Math.max(Math.min(now + pollIntervalMs, nextDueMs), pause.untilMs);
    timer = setTimeout(
      () => void drainOnce().catch((error: unknown) => report(error)),
      Math.max(0, atMs - now),
    );
  }

  function report(error: unknown): void {
    logger.log('error', 'upload.pass-failed', {
      error: error instanceof Error ? error.name : 'unknown',
    });
  }

  function drainOnce(): Promise<DrainSummary> {
    running ??= pass().finally(() => {
      running = null;
      if (rerun && !stopping) {
        rerun = false;
        void drainOnce().catch(report);
      } else {
        schedule();
      }
    });
    return running;
  }

  return {
    start() {
      const released = outbox.releaseInFlight();
      if (released > 0) logger.log('info', 'upload.resumed', { released });
      started = true;
      void drainOnce().catch(report);
    },
    wake() {
      if (!started || stopping || clock.now() < pause.untilMs) return;
      if (running) rerun = true;
      else void drainOnce().catch(report);
    },
    drainOnce,
    async stop() {
      stopping = true;
      clearTimeout(timer);
      abort.abort();
      await running?.catch(() => undefined);
      outbox.releaseInFlight();
    },
  };
}
