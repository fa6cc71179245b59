import { READER_TEXT } from '../../../shared/i18n/catalog-reader';
import type { Problem } from '../../../shared/problem';
import { systemClock, systemTimers, type Clock, type Timers } from '../../clock';
import { KioskError } from '../../kiosk-error';
import { silentLogger, type Logger } from '../../log/logger';
import type { parseCard } from '../card/parse-card';
import { SamClient, type SamClientOptions } from '../protocol';
import type { SamTransport, TransportError } from '../transport/sam-link';
import { CardPoller } from './card-poller';
import { readSamIdRetrying } from './sam-probe';
import { WakeableSleep } from './wakeable-sleep';
import { Listeners } from '../../../shared/listeners';
import { disconnectedEvent, type DisconnectReason, type ReaderEvent } from './reader-events';

/** How the reader loop finds its reader, reads cards and recovers. */
export interface ReaderLoopOptions {
  /**
   * The connect step: a pinned transport, or auto-detection; null when no reader answered. The
   * signal aborts on stop(), so a long scan over many ports ends early.
   */
  readonly locate: (signal: AbortSignal) => Promise<SamTransport | null>;
  readonly parse: typeof parseCard;
  readonly clock?: Clock;
  readonly timers?: Timers;
  readonly logger?: Logger;
  /** Find-card polling interval; the Huashi API notes recommend ≥ 300 ms. Default 300. */
  readonly pollIntervalMs?: number;
  readonly readFingerprint?: boolean;
  readonly readAppendedAddress?: boolean;
  /** Reconnect delays: doubling from `initialMs` up to `maxMs`. Default 500 ms to 10 s. */
  readonly reconnect?: { readonly initialMs: number; readonly maxMs: number };
  /** Consecutive command timeouts after which the link is dropped and reopened. Default 5. */
  readonly unresponsiveAfter?: number;
  readonly client?: Omit<SamClientOptions, 'timers' | 'logger'>;
}

const problemOf = (error: unknown): Problem | null =>
  error instanceof KioskError ? error.toProblem() : null;

/**
 * The reader loop: connect (pinned or detected) → poll find card → select → read → parse → one
 * `card-read` per placement → removal; on link loss `disconnected`, reconnect with backoff, and
 * `connected` again. `stop()` resolves once every timer, listener and the port are released.
 */
export class ReaderLoop {
  readonly #options: ReaderLoopOptions;
  readonly #timers: Timers;
  readonly #logger: Logger;
  readonly #hub: Listeners<ReaderEvent>;
  #running: Promise<void> | null = null;
  #stopped = false;
  readonly #sleeper: WakeableSleep;
  readonly #abort = new AbortController();

  constructor(options: ReaderLoopOptions) {
    this.#options = options;
    this.#timers = options.timers ?? systemTimers;
    this.#sleeper = new WakeableSleep(this.#timers);
    this.#logger = options.logger ?? silentLogger;
    // A listener's bug is its own: logged, and the reader keeps serving the others.
    this.#hub = new Listeners((error, event) =>
      this.#logger.log('error', 'reader.listener-failed', {
        event: event.type,
        error: String(error),
      }),
    );
  }

  /** Subscribes to every event; returns the unsubscribe function. */
  on(listener: (event: ReaderEvent) => void): () => void {
    return this.#hub.add(listener);
  }

  /** Starts the loop (once). */
  start(): void {
    this.#running ??= this.#run();
  }

  /** Stops polling, closes the port and resolves when everything is released. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#abort.abort();
    this.#sleeper.wake();
    await this.#running;
  }

  async #run(): Promise<void> {
    const { initialMs, maxMs } = this.#options.reconnect ?? { initialMs: 500, maxMs: 10_000 };
    let failures = 0;
    while (!this.#stopped) {
      const served = await this.#connectAndServe();
      failures = served ? 0 : failures + 1;
      await this.#sleep(Math.min(maxMs, initialMs * 2 ** Math.max(0, failures - 1)));
    }
  }

  /** One connection: resolves true when the reader was connected (and later lost), false when connecting failed. */
  async #connectAndServe(): Promise<boolean> {
    let link;
    try {
      const transport = await this.#options.locate(this.#abort.signal);
      if (!transport)
        return this.#fail({
          code: 'reader.none',
          text: READER_TEXT['detect.none'],
          retryable: true,
        });
      link = await transport.open();
    } catch (error) {
      return this.#fail(problemOf(error), error);
    }
    let lost: TransportError | null | undefined;
    const unsubscribe = link.onClose((error) => {
      lost = error;
      this.#sleeper.wake();
    });
    const client = new SamClient(link, {
      ...this.#options.client,
      timers: this.#timers,
      logger: this.#logger,
    });
    try {
      const samId = await readSamIdRetrying(client, 3);
      this.#emit({ type: 'connected', description: link.description, samId });
      const poller = new CardPoller(client, {
        readFingerprint: this.#options.readFingerprint ?? false,
        readAppendedAddress: this.#options.readAppendedAddress ?? false,
        parse: this.#options.parse,
        clock: this.#options.clock ?? systemClock,
        unresponsiveAfter: this.#options.unresponsiveAfter ?? 5,
        emit: (event) => this.#emit(event),
      });
      let reason: DisconnectReason | null = null;
      while (!this.#stopped && lost === undefined && reason === null) {
        reason = await poller.poll();
        if (reason === null) await this.#sleep(this.#options.pollIntervalMs ?? 300);
      }
      if (lost !== undefined || reason !== null)
        this.#emit(disconnectedEvent(link.description, lost, reason));
      return true;
    } catch (error) {
      return this.#fail(problemOf(error), error);
    } finally {
      unsubscribe();
      client.close();
      await link.close();
    }
  }

  #fail(problem: Problem | null, error?: unknown): false {
    // A non-Kiosk error is a bug: it is logged and the loop carries on with a reconnect.
    if (!problem) this.#logger.log('error', 'reader.bug', { error: String(error) });
    else if (!this.#stopped) this.#emit({ type: 'error', problem });
    return false;
  }

  #sleep(ms: number): Promise<void> {
    return this.#stopped ? Promise.resolve() : this.#sleeper.sleep(ms);
  }

  #emit(event: ReaderEvent): void {
    if (!this.#stopped) this.#hub.emit(event);
  }
}
