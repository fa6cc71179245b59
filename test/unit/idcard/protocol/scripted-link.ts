import type { SamLink, TransportError } from '../../../../src/core/idcard/transport/sam-link';

/** A SamLink whose far end is the test: it records sent frames and lets the test deliver bytes. */
export function createScriptedLink() {
  const dataListeners = new Set<(chunk: Uint8Array) => void>();
  const closeListeners = new Set<(error: TransportError | null) => void>();
  const sent: Uint8Array[] = [];
  let sendFailure: TransportError | null = null;
  const link: SamLink = {
    description: 'scripted',
    send: async (frame) => {
      if (sendFailure) throw sendFailure;
      sent.push(frame);
    },
    onData: (listener) => {
      dataListeners.add(listener);
      return () => dataListeners.delete(listener);
    },
    onClose: (listener) => {
      closeListeners.add(listener);
      return () => closeListeners.delete(listener);
    },
    close: async () => {
      for (const listener of [...closeListeners]) listener(null);
    },
  };
  return {
    link,
    sent,
    deliver: (chunk: Uint8Array) => [...dataListeners].forEach((listener) => listener(chunk)),
    drop: (error: TransportError | null) =>
      [...closeListeners].forEach((listener) => listener(error)),
    failSends: (error: TransportError) => {
      sendFailure = error;
    },
    listenerCount: () => dataListeners.size + closeListeners.size,
  };
}
