import { KioskError } from '../../kiosk-error';
import type { LocalizedText } from '../../../shared/i18n/locale';

/**
 * An open byte link to a SAM module. Serial ports, the USB bulk interface and HID reports all look
 * the same from here: whole request frames go out, response bytes come back in arbitrary chunks
 * (the SAM client's frame decoder puts them back together).
 */
export interface SamLink {
  /** Human-readable description for logs and the operator console, e.g. `serial /dev/ttyUSB0 @115200`. */
  readonly description: string;
  /** Sends one complete request frame (preamble included). Rejects with a TransportError when the device is gone. */
  send(frame: Uint8Array): Promise<void>;
  /** Subscribes to response bytes as they arrive. Returns the unsubscribe function. */
  onData(listener: (chunk: Uint8Array) => void): () => void;
  /** Subscribes to the link going away (unplugged, port closed by the OS, or closed by us: error null). */
  onClose(listener: (error: TransportError | null) => void): () => void;
  /** Closes the link and releases every OS resource; safe to call twice. */
  close(): Promise<void>;
}

/** Something that can open a link to a reader: one per concrete device and transport kind. */
export interface SamTransport {
  readonly kind: 'serial' | 'usb-bulk' | 'hid';
  readonly description: string;
  open(): Promise<SamLink>;
}

/** Why a transport failed; callers branch on `reason`, never on the message. */
export type TransportFailure = 'not-found' | 'access-denied' | 'busy' | 'disconnected' | 'io';

/** A failure of the byte link itself (as opposed to a SAM status or a malformed frame). */
export class TransportError extends KioskError {
  constructor(
    readonly reason: TransportFailure,
    text: LocalizedText,
    options?: { cause?: unknown },
  ) {
    super(`transport.${reason}`, text, reason !== 'access-denied', options);
  }
}
