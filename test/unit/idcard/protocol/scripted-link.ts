import type { SamLink, TransportError } from '../../../../src/core/idcard/transport/sam-link';
import { Listeners } from '../../../../src/shared/listeners';

/** A SamLink whose far end is the test: it records sent frames and lets the test deliver bytes. */
export function createScriptedLink() {
  const dataListeners = new Listeners<Uint8Array>();
  const closeListeners = new Listeners<TransportError | null>();
  const sent: Uint8Array[] = [];
  let sendFailure: TransportError | null = null;
  const link: SamLink = {
    description: 'scripted',
    send: async (frame) => {
      if (sendFailure) throw sendFailure;
      sent.push(frame);
    },
    onData: (listener) => dataListeners.add(listener),
    onClose: (listener) => closeListeners.add(listener),
    close: async () => closeListeners.emit(null),
  };
  return {
    link,
    sent,
    deliver: (chunk: Uint8Array) => dataListeners.emit(chunk),
    drop: (error: TransportError | null) => closeListeners.emit(error),
    failSends: (error: TransportError) => {
      sendFailure = error;
    },
    listenerCount: () => dataListeners.size + closeListeners.size,
  };
}
