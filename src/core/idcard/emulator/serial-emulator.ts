import { realpathSync } from 'node:fs';
import { SerialPortStream } from '@serialport/stream';
import { SAM_MESSAGES } from '../../../shared/i18n/catalog-sam';
import { localize } from '../../../shared/i18n/locale';
import { silentLogger } from '../../log/logger';
import { TransportError } from '../transport/sam-link';
import { NATIVE_SERIAL_BINDING, type SerialBinding } from '../transport/serial-transport';
import { createResponder, type Responder, type ResponderOptions } from './emulator-responder';
import type { SamEmulator } from './sam-emulator';

/** Where and how to serve an emulated SAM over a serial port. */
export interface SerialEmulatorOptions extends ResponderOptions {
  /** The port to serve, e.g. one end of a socat pseudo-terminal pair. */
  readonly path: string;
  readonly baudRate?: number;
  /** Default: the operating system's ports; a mock cable's binding for an in-process link. */
  readonly binding?: SerialBinding;
}

/** An emulator being served on a serial port. */
export interface SerialEmulator {
  readonly responder: Responder;
  /** Settles when the port has closed, by close() or by the dead-port fault. */
  readonly closed: Promise<void>;
  close(): Promise<void>;
}

/** Opens the port with serialport and answers the host's frames on it until closed. */
export async function serveEmulatorOnSerial(
  emulator: SamEmulator,
  options: SerialEmulatorOptions,
): Promise<SerialEmulator> {
  const logger = options.logger ?? silentLogger;
  const binding = options.binding ?? NATIVE_SERIAL_BINDING;
  const port = new SerialPortStream({
    binding,
    path: options.path,
    baudRate: options.baudRate ?? 115200,
    autoOpen: false,
  });
  await new Promise<void>((resolve, reject) =>
    port.open((error) => {
      if (!error) return resolve();
      const params = { path: options.path, detail: error.message };
      const text = localize(SAM_MESSAGES['emulator-port-failed'], params);
      reject(new TransportError('not-found', text, { cause: error }));
    }),
  );
  // Like a pty, a mock cable has no rate to switch; its path is no file to resolve.
  const rateless =
    binding !== NATIVE_SERIAL_BINDING || realpathSync(options.path).startsWith('/dev/pts/');
  const closed = new Promise<void>((resolve) => port.once('close', () => resolve()));
  const shut = () =>
    new Promise<void>((resolve) => (port.isOpen ? port.close(() => resolve()) : resolve()));

  const responder = createResponder(
    emulator,
    {
      write: (chunk) => port.write(Buffer.from(chunk)),
      die: () => {
        logger.log('warn', 'emulator.port-dead', { path: options.path });
        void shut();
      },
      // A real SAM switches once its acknowledgement is on the wire. serialport's update flushes
      // unread output, which on a pseudo-terminal (where the rate means nothing) can eat the
      // acknowledgement before socat reads it, so ptys only log the switch.
      switchBaud: (baudRate) => {
        if (rateless) return logger.log('info', 'emulator.baud', { baudRate, applied: false });
        port.drain(() =>
          port.update({ baudRate }, (error) =>
            logger.log(error ? 'warn' : 'info', 'emulator.baud', { baudRate, applied: !error }),
          ),
        );
      },
    },
    options,
  );
  port.on('data', (chunk: Buffer) => responder.input(chunk));
  port.on('error', (error) =>
    logger.log('warn', 'emulator.port-error', { message: error.message }),
  );

  return {
    responder,
    closed,
    async close() {
      responder.close();
      port.removeAllListeners('data');
      await shut();
    },
  };
}
