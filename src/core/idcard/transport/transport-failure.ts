import { localize } from '../../../shared/i18n/locale';
import { READER_TEXT } from '../../../shared/i18n/catalog-reader';
import { TransportError, type TransportFailure } from './sam-link';

/** Builds the typed error for a failed link to `device`, with the text a technician reads. */
export function transportFailure(
  reason: TransportFailure,
  device: string,
  cause?: unknown,
): TransportError {
  return new TransportError(reason, localize(READER_TEXT[`transport.${reason}`], { device }), {
    cause,
  });
}

// The native layers (serialport's C++ binding, the nusb-based `usb` 3, hidapi) report open and
// transfer failures only as text or errno codes, never as typed values; this is the one place that
// reads them, so that everything above branches on a TransportFailure.
const PATTERNS: readonly (readonly [TransportFailure, RegExp])[] = [
  ['not-found', /ENOENT|no such file|not found|no such device|ENODEV|could not open/i],
  // hidapi says only "cannot open device with path …" for a path it has just enumerated; on Linux
  // that is almost always a hidraw node without the udev rule.
  [
    'access-denied',
    /EACCES|EPERM|permission denied|access denied|operation not permitted|cannot open device/i,
  ],
  ['busy', /EBUSY|busy|cannot lock|resource temporarily unavailable|already in use/i],
  ['disconnected', /ENXIO|EIO\b|disconnected|no device|EBADF|input\/output error/i],
];

/** Classifies a native error into a TransportFailure; anything unrecognised is an I/O failure. */
export function classifyNativeError(error: unknown): TransportFailure {
  if (error instanceof TransportError) return error.reason;
  const record = (typeof error === 'object' && error !== null ? error : {}) as Record<
    string,
    unknown
  >;
  if (record.disconnected === true || record.disconnect === true) return 'disconnected';
  const text = `${String(record.code ?? '')} ${error instanceof Error ? error.message : String(error)}`;
  return PATTERNS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'io';
}

/** Wraps any native error as a TransportError for `device` (kept as is when it already is one). */
export function toTransportError(error: unknown, device: string): TransportError {
  return error instanceof TransportError
    ? error
    : transportFailure(classifyNativeError(error), device, error);
}
