// A virtual serial cable inside the process, for machines without socat: two ports of
// serialport's own mock binding (@serialport/binding-mock, reached through serialport's
// SerialPortMock), crossed so that bytes written to one end are read at the other. Everything
// above the binding (serialport's stream, the frame codec, the SAM client, the reader loop and
// the emulator's responder) runs exactly as it does on a pseudo-terminal.
import { SerialPortMock } from 'serialport';
import type { SerialBinding } from './serial-transport';

/** What the cable uses of a mock port (the package's own types do not resolve under "Bundler"). */
interface MockPort {
  readonly isOpen: boolean;
  write(buffer: Buffer): Promise<void>;
  close(): Promise<void>;
  emitData(data: Buffer): void;
}

/** What the cable uses of the mock binding. */
interface MockBindingApi {
  createPort(path: string, options: { echo: boolean; record: boolean }): void;
  open(options: { path: string }): Promise<MockPort>;
}

/** Two crossed mock ports and the binding that opens them. */
export interface MockSerialCable {
  /** Pass to `createSerialTransport` and `serveEmulatorOnSerial` in place of the native binding. */
  readonly binding: SerialBinding;
  /** The reader side (where the kiosk opens its serial transport). */
  readonly hostPath: string;
  /** The device side (where the SAM emulator answers). */
  readonly devicePath: string;
}

let cables = 0;

/** Makes a cable with fresh port names (the mock binding's registry is process-wide). */
export function createMockSerialCable(): MockSerialCable {
  const mock: MockBindingApi & SerialBinding = SerialPortMock.binding;
  cables += 1;
  const hostPath = `/mock/kiosk-cable-${process.pid}-${cables}/reader`;
  const devicePath = `/mock/kiosk-cable-${process.pid}-${cables}/sam`;
  const peerOf = new Map([
    [hostPath, devicePath],
    [devicePath, hostPath],
  ]);
  const open = new Map<string, MockPort>();
  for (const path of peerOf.keys()) mock.createPort(path, { echo: false, record: false });

  const binding: SerialBinding = {
    ...mock,
    async open(options: { path: string }) {
      const port: MockPort = await mock.open(options);
      const { path } = options;
      open.set(path, port);
      const write = port.write.bind(port);
      const close = port.close.bind(port);
      // The mock only records what is written; the cable hands it to the other end instead,
      // and drops it when nothing is connected there, as a real wire would.
      port.write = async (buffer) => {
        await write(buffer);
        const peer = open.get(peerOf.get(path) ?? '');
        if (peer?.isOpen) peer.emitData(Buffer.from(buffer));
      };
      port.close = async () => {
        open.delete(path);
        await close();
      };
      return port;
    },
  };
  return { binding, hostPath, devicePath };
}
