/**
 * The KioskApi's events, state first: a new subscriber gets the current session state, device
 * status, queue and recent alarms before any change, so a screen opened or reloaded at any moment
 * shows the truth at once instead of waiting for the next change or polling.
 */
import type { KioskEvent } from '../../shared/kiosk-api/events';
import { Listeners } from '../../shared/listeners';
import type { Logger } from '../log/logger';

type StateEventName = 'session.state' | 'device.status' | 'queue.changed';
const STATE_EVENTS: ReadonlySet<KioskEvent['name']> = new Set<StateEventName>([
  'session.state',
  'device.status',
  'queue.changed',
]);

/** How many recent alarms (one per code, newest kept) a new subscriber is told about. */
export const RECENT_ALARMS = 20;

/** Subscribers of the kiosk's events, with the snapshot each new one starts from. */
export class KioskEvents {
  private readonly listeners: Listeners<KioskEvent>;
  private readonly latest = new Map<KioskEvent['name'], KioskEvent>();
  private readonly alarms = new Map<string, KioskEvent>();

  constructor(logger: Logger) {
    this.listeners = new Listeners((error) =>
      logger.log('error', 'kiosk.listener-failed', { error: String(error) }),
    );
  }

  /** Registers a listener and hands it the current snapshot; returns the function that unregisters it. */
  subscribe(listener: (event: KioskEvent) => void): () => void {
    for (const event of this.snapshot()) listener(event);
    return this.listeners.add(listener);
  }

  /** Delivers an event to every subscriber and remembers it when it is state or an alarm. */
  emit(event: KioskEvent): void {
    if (event.name === 'alarm') {
      this.alarms.delete(event.payload.code);
      this.alarms.set(event.payload.code, event);
      for (const code of [...this.alarms.keys()].slice(0, -RECENT_ALARMS)) this.alarms.delete(code);
    } else if (STATE_EVENTS.has(event.name)) {
      this.latest.set(event.name, event);
    }
    this.listeners.emit(event);
  }

  /** The state events last emitted, then the recent alarms, oldest first. */
  snapshot(): KioskEvent[] {
    return [...this.latest.values(), ...this.alarms.values()];
  }
}
