/** The KioskApi's event subscribers: every event reaches every subscriber; a throwing one is logged. */
import type { KioskEvent } from '../../shared/kiosk-api/events';
import type { Logger } from '../log/logger';

/** Subscribers of the kiosk's events. */
export class KioskEvents {
  private readonly listeners = new Set<(event: KioskEvent) => void>();

  constructor(private readonly logger: Logger) {}

  /** Registers a listener; returns the function that unregisters it. */
  subscribe(listener: (event: KioskEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Delivers an event to every subscriber. */
  emit(event: KioskEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        this.logger.log('error', 'kiosk.listener-failed', {
          event: event.name,
          error: String(error),
        });
      }
    }
  }
}
