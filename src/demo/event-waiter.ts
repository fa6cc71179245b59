/** Waits for KioskApi events matching a test, keeping every event seen since it was created. */
import type { KioskEvent } from '../shared/kiosk-api/events';
import type { KioskApi } from '../shared/kiosk-api/kiosk-api';

/** Collects a kiosk's events; `next` resolves with the first unseen event that matches. */
export class EventWaiter {
  readonly seen: KioskEvent[] = [];
  private readonly waiting = new Set<{
    test: (e: KioskEvent) => boolean;
    resolve: (e: KioskEvent) => void;
  }>();
  private readonly unsubscribe: () => void;
  private cursor = 0;

  constructor(api: Pick<KioskApi, 'subscribe'>) {
    this.unsubscribe = api.subscribe((event) => {
      this.seen.push(event);
      for (const waiter of [...this.waiting])
        if (waiter.test(event)) {
          this.waiting.delete(waiter);
          waiter.resolve(event);
        }
    });
  }

  /** The next event from now on that passes `test`. */
  next(test: (event: KioskEvent) => boolean): Promise<KioskEvent> {
    this.cursor = this.seen.length;
    return new Promise((resolve) => this.waiting.add({ test, resolve }));
  }

  /** Events seen since the last `next` call. */
  get recent(): readonly KioskEvent[] {
    return this.seen.slice(this.cursor);
  }

  close(): void {
    this.unsubscribe();
    this.waiting.clear();
  }
}
