// `kiosk demo` (interim, until the capture flow exists): reads every card type from the SAM
// emulator over a socat pseudo-terminal pair through the real serial transport.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCard } from '../../core/idcard/card/parse-card';
import { describeCardRead } from '../../core/idcard/reader/card-read-text';
import { nextReaderEvent } from '../../core/idcard/reader/next-reader-event';
import { ReaderLoop } from '../../core/idcard/reader/reader-loop';
import {
  startEmulatedReader,
  type EmulatedReaderProcess,
} from '../../core/idcard/transport/emulated-reader-process';
import { createSerialTransport } from '../../core/idcard/transport/serial-transport';
import { startSocatPty } from '../../core/idcard/transport/socat-pty-pair';
import type { CliCommand } from '../command';

const PROFILES = [
  'resident',
  'residence-permit',
  'foreign-permanent-2017',
  'foreign-permanent-2023',
];

const usage = `Usage: kiosk demo [--real-speed]

Starts socat (a pseudo-terminal pair), runs "kiosk emulate-reader" on one end and reads each card
type (${PROFILES.join(', ')}) on the other through the real serial transport, printing every
card (synthetic data) with its timings. Needs socat. Exit 0 when every card was read.
  --real-speed   let the emulated SAM take about as long as a real one (~1 s per card)`;

/** The interim demo subcommand. */
export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'Read every card type from the emulated reader over a pty (interim demo)',
  usage,
  async run(args) {
    const { values } = parseArgs({
      args: [...args],
      options: { 'real-speed': { type: 'boolean', default: false } },
    });
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-demo-'));
    const pty = await startSocatPty({
      hostLink: join(dir, 'reader'),
      deviceLink: join(dir, 'sam'),
    });
    let emulator: EmulatedReaderProcess | null = null;
    const loop = new ReaderLoop({
      locate: async () => createSerialTransport(pty.hostPath, 115200),
      parse: parseCard,
      pollIntervalMs: 100,
    });
    try {
      emulator = await startEmulatedReader(
        pty.devicePath,
        values['real-speed'] ? ['--real-speed'] : [],
      );
      const connected = nextReaderEvent(loop, 'connected', 10_000);
      loop.on((event) => {
        if (event.type === 'error') process.stderr.write(`! ${event.problem.text.en}\n`);
      });
      loop.start();
      const reader = await connected;
      process.stdout.write(`Reader ${reader.description}, SAM ID ${reader.samId}\n\n`);
      for (const profile of PROFILES) {
        const read = nextReaderEvent(loop, 'card-read', 15_000);
        const placedAt = performance.now();
        await emulator.control(`place ${profile}`);
        const card = await read;
        const wallMs = (performance.now() - placedAt).toFixed(1);
        process.stdout.write(
          `${describeCardRead(card).join('\n')}\nPlaced → read: ${wallMs} ms\n\n`,
        );
        const removed = nextReaderEvent(loop, 'card-removed', 10_000);
        await emulator.control('remove');
        await removed;
      }
      return 0;
    } finally {
      await loop.stop();
      await emulator?.stop();
      await pty.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
