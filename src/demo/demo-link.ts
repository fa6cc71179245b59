/**
 * The serial link between the demo kiosk's reader and its emulated SAM: a socat pseudo-terminal
 * pair with the emulator as a child process where socat is installed, otherwise serialport's mock
 * binding crossed into a cable inside this process. Either way the kiosk's serial transport,
 * frame codec, SAM client and reader loop run unchanged.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { AnswerSpeed } from '../core/idcard/emulator/answer-timing';
import { startInProcessReader } from '../core/idcard/emulator/in-process-reader';
import type { DetectionContext } from '../core/idcard/reader/reader-detection';
import {
  startEmulatedReader,
  type EmulatedReaderProcess,
} from '../core/idcard/transport/emulated-reader-process';
import { createMockSerialCable } from '../core/idcard/transport/mock-serial-cable';
import { createSerialTransport } from '../core/idcard/transport/serial-transport';
import { startSocatPty } from '../core/idcard/transport/socat-pty-pair';
import { assertNever } from '../shared/result';

/** Which link the demo runs on. */
export type DemoLinkKind = 'pty' | 'in-process';

/** A started link with the emulator answering on its device end. */
export interface DemoLink {
  readonly kind: DemoLinkKind;
  /** Where the kiosk's pinned serial port points. */
  readonly readerPath: string;
  readonly emulator: EmulatedReaderProcess;
  /** Serial transports for the kiosk (undefined: the system's ports). */
  readonly serialTransport: DetectionContext['serialTransport'];
  close(): Promise<void>;
}

/** True when `socat` can be started from PATH. */
export function socatAvailable(): boolean {
  try {
    execFileSync('socat', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function childSpeedArgs(speed: AnswerSpeed): string[] {
  switch (speed.kind) {
    case 'instant':
      return [];
    case 'fixed':
      return ['--delay-ms', String(speed.delayMs)];
    case 'real':
      return ['--real-speed'];
    default:
      return assertNever(speed, 'answer speed');
  }
}

/** Starts the link of `kind` with the emulator (no card on it yet) in `dir`. */
export async function startDemoLink(
  kind: DemoLinkKind,
  dir: string,
  speed: AnswerSpeed,
): Promise<DemoLink> {
  switch (kind) {
    case 'pty': {
      const pty = await startSocatPty({
        hostLink: join(dir, 'reader'),
        deviceLink: join(dir, 'sam'),
      });
      const emulator = await startEmulatedReader(pty.devicePath, [
        '--fault',
        'no-card',
        ...childSpeedArgs(speed),
      ]).catch(async (error: unknown) => {
        await pty.kill();
        throw error;
      });
      const close = async () => {
        await emulator.stop();
        await pty.kill();
      };
      return { kind, readerPath: pty.hostPath, emulator, serialTransport: undefined, close };
    }
    case 'in-process': {
      const cable = createMockSerialCable();
      const emulator = await startInProcessReader(cable, speed);
      return {
        kind,
        readerPath: cable.hostPath,
        emulator,
        serialTransport: (path, baudRate) => createSerialTransport(path, baudRate, cable.binding),
        close: () => emulator.stop(),
      };
    }
    default:
      return assertNever(kind, 'demo link');
  }
}
