/** The time source of the device engine, injected so that every time-dependent path is testable. */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

/** One day in milliseconds, for day counts in the configuration (grace, retention, alarms). */
export const DAY_MS = 86_400_000;

/** The machine's clock. */
export const systemClock: Clock = { now: () => Date.now() };

/** Timer functions, injected so every timeout is testable with fake timers. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The global timers, looked up at call time so Vitest's fake timers take effect. */
export const systemTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};
