// The SAM emulator served inside this process on the device end of a mock serial cable: the same
// responder and control lines as the `emulate-reader` child, for machines without socat.
import type { MockSerialCable } from '../transport/mock-serial-cable';
import type { EmulatedReaderProcess } from '../transport/emulated-reader-process';
import type { AnswerSpeed } from './answer-timing';
import { applyControlLine, setFault } from './emulator-control';
import { SamEmulator } from './sam-emulator';
import { serveEmulatorOnSerial } from './serial-emulator';

/** Serves an emulator with no card on the cable; drive it with the child's control lines. */
export async function startInProcessReader(
  cable: MockSerialCable,
  speed: AnswerSpeed,
): Promise<EmulatedReaderProcess> {
  const emulator = new SamEmulator();
  const served = await serveEmulatorOnSerial(emulator, {
    path: cable.devicePath,
    binding: cable.binding,
    speed,
  });
  setFault(emulator, served.responder, 'no-card', true);
  return {
    async control(line) {
      const reply = await applyControlLine(line, emulator, served.responder);
      if (reply.startsWith('error')) throw new Error(`in-process reader: ${reply}`);
      return reply;
    },
    stop: () => served.close(),
  };
}
