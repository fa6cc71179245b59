// An ESC/POS printer on a serial port: asks for the paper sensor (DLE EOT 4) before each slip, so
// an absent printer or an empty roll is known before anything is sent, then writes and drains.
import { SerialPortStream } from '@serialport/stream';
import { NATIVE_SERIAL_BINDING, type SerialBinding } from '../idcard/transport/serial-transport';

/** What printing a slip did. */
export type PrintOutcome =
  | { readonly kind: 'printed' }
  | { readonly kind: 'absent'; readonly detail: string }
  | { readonly kind: 'out-of-paper' };

/** A printer the kiosk can send a slip to. */
export interface SlipPrinter {
  /** Prints the bytes; never throws for a missing device or paper: the outcome says so. */
  print(bytes: Uint8Array): Promise<PrintOutcome>;
}

/** DLE EOT 4: transmit the roll paper sensor status. */
const PAPER_STATUS_QUERY = Buffer.from([0x10, 0x04, 0x04]);
/** Bits 5 and 6 of the answer: roll paper end detected. */
const PAPER_END_BITS = 0x60;

/** Where the printer is and how long it may take to answer the status query. */
export interface SerialPrinterOptions {
  readonly path: string;
  readonly baudRate: number;
  readonly binding?: SerialBinding;
  readonly statusTimeoutMs?: number;
}

/** Creates a printer on a serial port; the port is opened per slip, so a replug needs no restart. */
export function createSerialPrinter(options: SerialPrinterOptions): SlipPrinter {
  const statusTimeoutMs = options.statusTimeoutMs ?? 1000;
  return {
    async print(bytes) {
      const port = new SerialPortStream({
        binding: options.binding ?? NATIVE_SERIAL_BINDING,
        path: options.path,
        baudRate: options.baudRate,
        autoOpen: false,
      });
      try {
        await new Promise<void>((resolve, reject) =>
          port.open((error) => (error ? reject(error) : resolve())),
        );
      } catch (error) {
        return { kind: 'absent', detail: error instanceof Error ? error.message : 'cannot open' };
      }
      try {
        const status = await new Promise<number | undefined>((resolve) => {
          const timer = setTimeout(() => resolve(undefined), statusTimeoutMs);
          port.once('data', (chunk: Buffer) => {
            clearTimeout(timer);
            resolve(chunk[0]);
          });
          port.write(PAPER_STATUS_QUERY);
        });
        if (status === undefined)
          return { kind: 'absent', detail: 'no answer to the status query' };
        if ((status & PAPER_END_BITS) !== 0) return { kind: 'out-of-paper' };
        await new Promise<void>((resolve, reject) => {
          port.write(Buffer.from(bytes));
          port.drain((error) => (error ? reject(error) : resolve()));
        });
        return { kind: 'printed' };
      } catch (error) {
        return { kind: 'absent', detail: error instanceof Error ? error.message : 'write failed' };
      } finally {
        if (port.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
      }
    },
  };
}
