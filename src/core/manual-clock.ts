/**
 * Time that moves only when told to: a clock and timers together, for tests, benches and the
 * clip evaluation, where a session's timeouts and its time to decision must be the same on every
 * machine however slow the models run here.
 */
import type { Clock, Timers } from './clock';

/** A clock and timers driven by `advance` and `set`. */
export interface ManualClock extends Clock, Timers {
  /** Moves time forward by `ms`, running every callback that falls due, in time order. */
  advance(ms: number): void;
  /** Moves time to `ms`: forward as `advance` does; backward without running anything. */
  set(ms: number): void;
}

interface Pending {
  readonly atMs: number;
  readonly order: number;
  readonly callback: () => void;
}

/** A manual clock starting at `startMs`. */
export function createManualClock(startMs = 0): ManualClock {
  let current = startMs;
  let nextHandle = 1;
  const pending = new Map<number, Pending>();
  const advance = (ms: number) => {
    const until = current + ms;
    for (;;) {
      const due = [...pending.entries()]
        .filter(([, p]) => p.atMs <= until)
        .sort(([, a], [, b]) => a.atMs - b.atMs || a.order - b.order)[0];
      if (!due) break;
      const [handle, timer] = due;
      pending.delete(handle);
      current = Math.max(current, timer.atMs);
      timer.callback();
    }
    current = until;
  };
  return {
    now: () => current,
    setTimeout: (callback, ms) => {
      const handle = nextHandle;
      nextHandle += 1;
      pending.set(handle, { atMs: current + Math.max(0, ms), order: handle, callback });
      return handle;
    },
    // Unknown handles are ignored, as the global clearTimeout ignores them.
    clearTimeout: (handle) => void pending.delete(handle as number),
    advance,
    set: (ms) => {
      // A clock set back (a skewed or corrected clock) fires nothing: no timer falls due in the past.
      if (ms >= current) advance(ms - current);
      else current = ms;
    },
  };
}
