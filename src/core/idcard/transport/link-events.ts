import { Listeners } from '../../../shared/listeners';
import type { TransportError } from './sam-link';

/**
 * The listener bookkeeping every SamLink shares: data subscribers, close subscribers, and the
 * guarantee that close is reported exactly once, after which every subscriber is dropped (so a
 * dead link holds no references to the reader loop).
 */
export class LinkEvents {
  private readonly dataListeners = new Listeners<Uint8Array>();
  private readonly closeListeners = new Listeners<TransportError | null>();
  private closedWith: { error: TransportError | null } | null = null;

  /** Whether the link has already been reported closed. */
  get closed(): boolean {
    return this.closedWith !== null;
  }

  /** SamLink.onData. */
  onData(listener: (chunk: Uint8Array) => void): () => void {
    if (this.closed) return () => {};
    return this.dataListeners.add(listener);
  }

  /** SamLink.onClose; a listener added after the close is called at once. */
  onClose(listener: (error: TransportError | null) => void): () => void {
    if (this.closedWith) {
      listener(this.closedWith.error);
      return () => {};
    }
    return this.closeListeners.add(listener);
  }

  /** Delivers received bytes to every data subscriber. */
  emitData(chunk: Uint8Array): void {
    this.dataListeners.emit(chunk);
  }

  /** Reports the close once (later calls are ignored) and drops every subscriber. */
  emitClose(error: TransportError | null): void {
    if (this.closedWith) return;
    this.closedWith = { error };
    this.dataListeners.clear();
    this.closeListeners.emit(error);
    this.closeListeners.clear();
  }

  /** How many subscribers are still attached: lets tests prove nothing leaks. */
  get listenerCount(): number {
    return this.dataListeners.size + this.closeListeners.size;
  }
}
