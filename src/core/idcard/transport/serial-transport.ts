import { SerialPortStream, type OpenOptions } from '@serialport/stream';
import { SerialPort } from 'serialport';
import type { SamBaudRate } from '../protocol/command-codes';
import { LinkEvents } from './link-events';
import type { SamLink, SamTransport, TransportError } from './sam-link';
import { toTransportError, transportFailure } from './transport-failure';

/** The UART rates a SAM supports, fastest (the factory default) first: the order auto-detection scans. */
export const SERIAL_BAUD_RATES: readonly SamBaudRate[] = [115200, 57600, 38400, 19200, 9600];

/** A serialport binding: the layer under serialport's stream that reaches the ports. */
export type SerialBinding = OpenOptions['binding'];

/** The operating system's serial ports; a mock cable's binding stands in where there is no pty. */
export const NATIVE_SERIAL_BINDING: SerialBinding = SerialPort.binding;

/** A serial port (USB-serial bridge, CDC or a pseudo-terminal) at a fixed rate, 8N1, no flow control. */
export function createSerialTransport(
  path: string,
  baudRate: SamBaudRate,
  binding: SerialBinding = NATIVE_SERIAL_BINDING,
): SamTransport {
  const description = `serial ${path} @${baudRate}`;
  return {
    kind: 'serial',
    description,
    open: () => openSerialLink(path, baudRate, description, binding),
  };
}

async function openSerialLink(
  path: string,
  baudRate: SamBaudRate,
  description: string,
  binding: SerialBinding,
): Promise<SamLink> {
  const port = new SerialPortStream({
    binding,
    path,
    baudRate,
    dataBits: 8,
    parity: 'none',
    stopBits: 1,
    rtscts: false,
    xon: false,
    xoff: false,
    autoOpen: false,
  });
  await new Promise<void>((resolve, reject) => {
    port.open((error) => (error ? reject(toTransportError(error, path)) : resolve()));
  });
  const events = new LinkEvents();
  let failure: TransportError | null = null;
  const onData = (chunk: Buffer): void => events.emitData(new Uint8Array(chunk));
  // serialport reports an unplug as 'close' with an error whose `disconnected` flag is set; a
  // close we asked for carries no error.
  const onClose = (error: unknown): void => {
    port.off('data', onData);
    port.off('error', onError);
    events.emitClose(error ? transportFailure('disconnected', path, error) : failure);
  };
  // An 'error' event without a listener would crash the process; an I/O error ends the link.
  const onError = (error: unknown): void => {
    failure = toTransportError(error, path);
    if (port.isOpen) port.close();
    else onClose(null);
  };
  port.on('data', onData);
  port.once('close', onClose);
  port.on('error', onError);

  return {
    description,
    send(frame) {
      if (events.closed || !port.isOpen)
        return Promise.reject(transportFailure('disconnected', path));
      return new Promise<void>((resolve, reject) => {
        port.write(Buffer.from(frame), (error) => {
          if (error) reject(toTransportError(error, path));
          else
            port.drain((drainError) =>
              drainError ? reject(toTransportError(drainError, path)) : resolve(),
            );
        });
      });
    },
    onData: (listener) => events.onData(listener),
    onClose: (listener) => events.onClose(listener),
    close() {
      if (!port.isOpen) {
        events.emitClose(null);
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => {
        port.close(() => {
          events.emitClose(null);
          resolve();
        });
      });
    },
  };
}
