/** Timer functions, injected into the SAM client and emulator so tests can drive time. */
export interface SamTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The global timers, looked up at call time so Vitest's fake timers take effect. */
export const globalTimers: SamTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};
