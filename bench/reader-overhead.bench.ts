// Host overhead of one complete card read (find 20 01 + select 20 02 + read 30 01, then parse) over
// a socat pty, with `kiosk emulate-reader` answering at once in its own process. A pty moves bytes
// without baud-rate pacing, so the measured time is the overhead itself (host + emulator + pty);
// a real 115200 line adds the wire time computed below. Run: npx tsx bench/reader-overhead.bench.ts [N]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCard } from '../src/core/idcard/card/parse-card';
import {
  findCard,
  readBaseInfo,
  readSamId,
  SamClient,
  selectCard,
} from '../src/core/idcard/protocol';
import { startEmulatedReader } from '../src/core/idcard/transport/emulated-reader-process';
import { createSerialTransport } from '../src/core/idcard/transport/serial-transport';
import { startSocatPty } from '../src/core/idcard/transport/socat-pty-pair';
import { machineLine, quantile } from './support/bench-figures';

const runs = Number(process.argv[2] ?? 300);
// Request and response frame sizes of the three commands (protocol doc §2), 10 bits a byte at 8N1.
const WIRE_BYTES = 10 + 15 + (10 + 19) + (10 + 1295);
const wireMs = (WIRE_BYTES * 10 * 1000) / 115200;

const dir = mkdtempSync(join(tmpdir(), 'kiosk-bench-'));
const pty = await startSocatPty({ hostLink: join(dir, 'reader'), deviceLink: join(dir, 'sam') });
const emulator = await startEmulatedReader(pty.devicePath);
const link = await createSerialTransport(pty.hostPath, 115200).open();
const client = new SamClient(link);
try {
  await readSamId(client);
  const samples: number[] = [];
  for (let i = 0; i < runs + 20; i++) {
    await emulator.control('place resident'); // a fresh placement: find answers 9F again
    const started = performance.now();
    if (!(await findCard(client)).found) throw new Error('find saw no card');
    await selectCard(client);
    parseCard((await readBaseInfo(client)).text, new Date());
    if (i >= 20) samples.push(performance.now() - started); // the first 20 warm up the JIT
  }
  samples.sort((a, b) => a - b);
  const median = quantile(samples, 0.5);
  const p95 = quantile(samples, 0.95);
  console.log(`machine: ${machineLine()}`);
  console.log(
    `complete read over pty, ${runs} runs: median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms (= overhead: a pty adds no wire time)`,
  );
  console.log(`wire time of the same ${WIRE_BYTES} bytes at 115200 8N1: ${wireMs.toFixed(1)} ms`);
  console.log(
    `projected on a 115200 line: median ${(wireMs + median).toFixed(1)} ms + the SAM's own RF/crypto time`,
  );
} finally {
  client.close();
  await link.close();
  await emulator.stop();
  await pty.kill();
  rmSync(dir, { recursive: true, force: true });
}
