// Start to ready: from spawning `kiosk host` (a new process) to the kiosk serving the idle state
// with the face models loaded and warmed and the reader found (the SAM emulator on a socat pty at
// real SAM speed). The renderer's own paint is not included (see "Screens" in performance.md).
// Usage: npx tsx bench/start-to-ready.bench.ts [--runs 5]
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import { initFileVault } from '../src/core/device/key-vault-file';
import { startEmulatedReader } from '../src/core/idcard/transport/emulated-reader-process';
import { startSocatPty } from '../src/core/idcard/transport/socat-pty-pair';
import { demoConfig } from '../src/demo/demo-config';
import { createKioskClient } from '../src/shared/kiosk-api/kiosk-client';
import { machineLine, median, reportFigures } from './support/bench-figures';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);

/** Resolves once the host, connected to with the launch token, reports the reader connected. */
async function readerFound(url: string): Promise<void> {
  const { origin, hash } = new URL(url);
  const ws = new WebSocket(`${origin.replace('http', 'ws')}/api`, { origin });
  await once(ws, 'open');
  const client = createKioskClient({ send: (data) => ws.send(data) }, () => undefined);
  ws.on('message', (data, isBinary) => !isBinary && client.receive(String(data)));
  ws.on('close', () => client.closed());
  // The host hands a new screen the current device status at once, then every change: listen first.
  const found = new Promise<void>((resolve) => {
    const off = client.api.subscribe((event) => {
      if (event.name !== 'device.status' || event.payload.reader.state !== 'connected') return;
      off();
      resolve();
    });
  });
  if (!(await client.hello(hash.slice('#token='.length))))
    throw new Error('host refused the token');
  await found;
  ws.close();
}

/** One start: ms to the host's URL (engine warm, API served) and to the reader being found. */
async function startOnce(configFile: string) {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'host', '--config', configFile],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } },
  );
  const exited = once(child, 'exit');
  try {
    const lines = createInterface({ input: child.stdout });
    let url = '';
    for await (const line of lines) {
      if (line.startsWith('http://')) {
        url = line;
        break;
      }
    }
    const servedMs = performance.now() - started;
    await readerFound(url);
    const readyMs = performance.now() - started;
    return { servedMs, readyMs };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

const dir = await mkdtemp(join(tmpdir(), 'ready-bench-'));
const pty = await startSocatPty({ hostLink: join(dir, 'reader'), deviceLink: join(dir, 'sam') });
const emulator = await startEmulatedReader(pty.devicePath, ['--fault', 'no-card', '--real-speed']);
try {
  initFileVault(join(dir, 'vault'));
  const configFile = join(dir, 'local.json');
  const config = demoConfig({ readerPath: pty.hostPath, dir, endpoint: null });
  await writeFile(configFile, JSON.stringify(config));
  console.log(`machine: ${machineLine()}`);
  await startOnce(configFile); // the first start fills the OS page cache and tsx's compile cache
  const samples = [];
  for (let i = 0; i < runs; i += 1) samples.push(await startOnce(configFile));
  const served = median(samples.map((s) => s.servedMs));
  const ready = median(samples.map((s) => s.readyMs));
  console.log(`runs: ${runs} after one warm-up start`);
  console.log(`start → API served (models warm): median ${served.toFixed(0)} ms`);
  console.log(
    `start → ready (reader found too):   median ${ready.toFixed(0)} ms (runs: ${samples.map((s) => s.readyMs.toFixed(0)).join(', ')})`,
  );
  reportFigures([
    { name: 'start-to-ready-ms', unit: 'ms', target: 3000, better: 'lower', measured: ready },
  ]);
} finally {
  await emulator.stop();
  pty.kill();
  await rm(dir, { recursive: true, force: true });
}
