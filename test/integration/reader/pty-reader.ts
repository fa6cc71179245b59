import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCard } from '../../../src/core/idcard/card/parse-card';
import { SamEmulator } from '../../../src/core/idcard/emulator/sam-emulator';
import {
  serveEmulatorOnSerial,
  type SerialEmulator,
} from '../../../src/core/idcard/emulator/serial-emulator';
import type { ReaderEvent } from '../../../src/core/idcard/reader/reader-events';
import { ReaderLoop } from '../../../src/core/idcard/reader/reader-loop';
import { createSerialTransport } from '../../../src/core/idcard/transport/serial-transport';
import { startSocatPty, type PtyPair } from '../../support/socat-pty';

/**
 * A reader on a pseudo-terminal: socat makes the pair under stable symlinks (so a restarted socat
 * looks like the same reader plugged back in), the emulator serves the device end in-process, and
 * the real serial transport + SAM client + reader loop run on the host end.
 */
export class PtyReader {
  readonly dir = mkdtempSync(join(tmpdir(), 'kiosk-reader-'));
  readonly hostLink = join(this.dir, 'reader');
  readonly deviceLink = join(this.dir, 'sam');
  readonly emulator = new SamEmulator();
  readonly events: ReaderEvent[] = [];
  readonly loop = new ReaderLoop({
    locate: async () => createSerialTransport(this.hostLink, 115200),
    parse: parseCard,
    pollIntervalMs: 50,
    reconnect: { initialMs: 100, maxMs: 400 },
  });
  pty: PtyPair | null = null;
  served: SerialEmulator | null = null;

  /** Plugs the reader in: a new pty pair with the emulator serving its device end. */
  async plug(): Promise<void> {
    this.pty = await startSocatPty({ hostLink: this.hostLink, deviceLink: this.deviceLink });
    this.served = await serveEmulatorOnSerial(this.emulator, { path: this.deviceLink });
  }

  /** Pulls the plug: socat dies, both pty ends vanish. */
  async unplug(): Promise<void> {
    await this.pty?.kill();
    // Not awaiting the emulator's own close event: a pty end whose peer vanished may report EOF
    // instead of an error, so serialport would not notice on the emulator side by itself.
    await this.served?.close();
    this.pty = null;
    this.served = null;
  }

  /** Resolves once the emulator has answered `count` more requests from the reader. */
  requestsAnswered(count: number): Promise<void> {
    const emulator = this.emulator;
    const answer = emulator.answer.bind(emulator);
    let left = count;
    return new Promise((resolve) => {
      emulator.answer = (request) => {
        left -= 1;
        if (left === 0) {
          emulator.answer = answer;
          resolve();
        }
        return answer(request);
      };
    });
  }

  start(): void {
    this.loop.on((event) => this.events.push(event));
    this.loop.start();
  }

  /** Resolves with the first event of `type` at index ≥ `from` (default: after every event so far). */
  next<T extends ReaderEvent['type']>(
    type: T,
    from = this.events.length,
    timeoutMs = 8000,
  ): Promise<Extract<ReaderEvent, { type: T }>> {
    const isHit = (e: ReaderEvent): e is Extract<ReaderEvent, { type: T }> => e.type === type;
    const seen = this.events.slice(from).find(isHit);
    if (seen) return Promise.resolve(seen);
    // Waits on the loop's own events; the deadline only turns a hang into a readable failure.
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        const saw = this.events.map((e) => e.type).join(', ');
        reject(new Error(`no ${type} event within ${timeoutMs} ms; saw ${saw}`));
      }, timeoutMs);
      const off = this.loop.on((event) => {
        if (!isHit(event)) return;
        clearTimeout(timer);
        off();
        resolve(event);
      });
    });
  }

  async dispose(): Promise<void> {
    await this.loop.stop();
    await this.unplug();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
