import type { Timers } from '../../clock';

/**
 * The reader loop's one pending wait (poll interval or reconnect backoff), which stop() or a
 * vanished link can cut short so that nothing waits out a timer that no longer matters.
 */
export class WakeableSleep {
  #wake: (() => void) | null = null;

  constructor(private readonly timers: Timers) {}

  /** Resolves after `ms`, or at once when woken. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const handle = this.timers.setTimeout(() => this.wake(), ms);
      this.#wake = () => {
        this.timers.clearTimeout(handle);
        this.#wake = null;
        resolve();
      };
    });
  }

  /** Ends the pending sleep, if any, and clears its timer. */
  wake(): void {
    this.#wake?.();
  }
}
