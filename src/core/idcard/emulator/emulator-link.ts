import { SAM_MESSAGES } from '../../../shared/i18n/catalog-sam';
import { LinkEvents } from '../transport/link-events';
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
  const events = new LinkEvents();
  let gone: TransportError | null = null;

  const shut = (error: TransportError | null) => {
    if (events.closed) return;
    gone = error ?? new TransportError('disconnected', SAM_MESSAGES['link-closed']);
    responder.close();
    events.emitClose(error);
  };

  const responder = createResponder(
    emulator,
    {
      // Delivered as a separate turn, like bytes from a port, so no caller sees re-entrant data.
      write: (chunk) => {
        const copy = Uint8Array.from(chunk);
        queueMicrotask(() => events.emitData(copy));
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
    onData: (listener) => events.onData(listener),
    onClose: (listener) => events.onClose(listener),
    async close() {
      shut(null);
    },
  };
}
