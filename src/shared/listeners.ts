// Without an `onError` a listener's bug stays an uncaught exception, only raised after the others.
const rethrowLater = (error: unknown): void =>
  queueMicrotask(() => {
    throw error;
  });

/**
 * The project's one listener set: register, unregister, deliver to each in order of registration.
 * A listener that throws is reported through `onError` and the others still get the value.
 */
export class Listeners<T> {
  private readonly set = new Set<(value: T) => void>();

  constructor(private readonly onError: (error: unknown, value: T) => void = rethrowLater) {}

  /** Registers a listener; returns the function that unregisters it. */
  add(listener: (value: T) => void): () => void {
    this.set.add(listener);
    return () => {
      this.set.delete(listener);
    };
  }

  /** Delivers `value` to every listener registered now. */
  emit(value: T): void {
    for (const listener of [...this.set]) {
      try {
        listener(value);
      } catch (error) {
        this.onError(error, value);
      }
    }
  }

  /** Unregisters every listener (a closed source holds no references to its subscribers). */
  clear(): void {
    this.set.clear();
  }

  /** How many listeners are registered. */
  get size(): number {
    return this.set.size;
  }
}
