/**
 * Time that moves only when the evaluation says so: the clock and timers of a capture session run
 * over a clip, so a session's timeouts and its time to decision are in camera time, the same on
 * every machine, however slow the models run here.
 */
import type { Clock } from '../../clock';
import type { Timers } from '../../clock';

interface Pending {
  readonly atMs: number;
  readonly order: number;
  readonly callback: () => void;
}

/** A clock and timers driven by `advance`. */
export class VirtualTime implements Clock, Timers {
  private current: number;
  private pending = new Map<number, Pending>();
  private nextHandle = 1;

  constructor(startMs = 0) {
    this.current = startMs;
  }

  /** The virtual now, in ms. */
  now(): number {
    return this.current;
  }

  /** Schedules `callback` `ms` from the virtual now. */
  setTimeout(callback: () => void, ms: number): unknown {
    const handle = this.nextHandle;
    this.nextHandle += 1;
    this.pending.set(handle, { atMs: this.current + Math.max(0, ms), order: handle, callback });
    return handle;
  }

  /** Cancels a scheduled callback (unknown handles are ignored). */
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  /** Moves time forward by `ms`, running every callback that falls due, in time order. */
  advance(ms: number): void {
    const until = this.current + ms;
    for (;;) {
      const due = [...this.pending.entries()]
        .filter(([, p]) => p.atMs <= until)
        .sort(([, a], [, b]) => a.atMs - b.atMs || a.order - b.order)[0];
      if (!due) break;
      const [handle, timer] = due;
      this.pending.delete(handle);
      this.current = Math.max(this.current, timer.atMs);
      timer.callback();
    }
    this.current = until;
  }
}
