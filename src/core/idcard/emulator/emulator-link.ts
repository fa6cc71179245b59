import { SAM_MESSAGES } from '../../../shared/i18n/catalog-sam';
import { TransportError, type SamLink } from '../transport/sam-link';
import { createResponder, type Responder, type ResponderOptions } from './emulator-responder';
import type { SamEmulator } from './sam-emulator';

/** An in-memory SamLink to an emulator, with its responder exposed so tests can script faults. */
export interface EmulatorLink extends SamLink {
  readonly responder: Responder;
}

/** Connects a SamClient straight to an emulator, for unit tests of everything above the transport. */
export function createEmulatorLink(
  emulator: SamEmulator,
  options: ResponderOptions = {},
): EmulatorLink {
  const dataListeners = new Set<(chunk: Uint8Array) => void>();
  const closeListeners = new Set<(error: TransportError | null) => void>();
  let gone: TransportError | null = null;
  let closed = false;

  const shut = (error: TransportError | null) => {
    if (closed) return;
    closed = true;
    gone = error ?? new TransportError('disconnected', SAM_MESSAGES['link-closed']);
    responder.close();
    for (const listener of [...closeListeners]) listener(error);
    dataListeners.clear();
    closeListeners.clear();
  };

  const responder = createResponder(
    emulator,
    {
      // Delivered as a separate turn, like bytes from a port, so no caller sees re-entrant data.
      write: (chunk) => {
        const copy = Uint8Array.from(chunk);
        queueMicrotask(() => dataListeners.forEach((listener) => listener(copy)));
      },
      die: () => shut(new TransportError('disconnected', SAM_MESSAGES['link-closed'])),
    },
    options,
  );

  return {
    description: 'emulator (in memory)',
    responder,
    async send(frame) {
      if (gone) throw gone;
      responder.input(frame);
      if (gone) throw gone;
    },
    onData(listener) {
      dataListeners.add(listener);
      return () => dataListeners.delete(listener);
    },
    onClose(listener) {
      closeListeners.add(listener);
      return () => closeListeners.delete(listener);
    },
    async close() {
      shut(null);
    },
  };
}
