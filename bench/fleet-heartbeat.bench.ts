// 2,000 simulated kiosks beating every minute against one fleet service (its own process) on one
// PostgreSQL: heartbeat latency percentiles and the CPU the service and the database used.
// Usage: npx tsx bench/fleet-heartbeat.bench.ts [--kiosks 2000] [--minutes 2]
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { hashPin } from '../src/core/staff/pin-hash';
import { signedPostHeaders } from '../src/core/upload/signed-post-headers';
import { createFleetKeyFile } from '../src/fleet/fleet-key-file';
import { openFleetStore } from '../src/fleet/fleet-store';
import { newDeviceKey, sampleHeartbeat } from '../test/support/fleet-fixture';
import { startPostgres } from '../test/support/postgres-cluster';
import { machineLine, quantile, reportFigures } from './support/bench-figures';
import { processCpuSeconds, procStatFields } from './support/proc-stat';

const { values } = parseArgs({
  options: {
    kiosks: { type: 'string', default: '2000' },
    minutes: { type: 'string', default: '2' },
  },
});
const kiosks = Number(values.kiosks);
const minutes = Number(values.minutes);

/** User + system CPU seconds of the processes in `pids`. */
function cpuSeconds(pids: readonly number[]): number {
  let seconds = 0;
  for (const pid of pids) {
    try {
      seconds += processCpuSeconds(pid);
    } catch {
      // a backend that exited since the listing
    }
  }
  return seconds;
}

/** The postmaster and its children (backends, writer, WAL…). */
function postgresPids(dataDir: string): number[] {
  const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const children = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return Number(procStatFields(Number(pid))[1]) === postmaster;
      } catch {
        return false;
      }
    });
  return [postmaster, ...children.map(Number)];
}

const dir = mkdtempSync(join(tmpdir(), 'fleet-bench-'));
const cluster = await startPostgres();
createFleetKeyFile(join(dir, 'fleet.pem'));
writeFileSync(
  join(dir, 'staff.json'),
  JSON.stringify([{ name: 'bench', role: 'viewer', passwordHash: await hashPin('bench-only') }]),
);
const server = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    'src/cli/main.ts',
    'fleet-server',
    '--database',
    cluster.url,
    '--fleet-key',
    join(dir, 'fleet.pem'),
    '--staff',
    join(dir, 'staff.json'),
    '--port',
    '0',
  ],
  { stdio: ['ignore', 'pipe', 'ignore'] },
);
const url = await new Promise<string>((resolve, reject) => {
  let seen = '';
  server.stdout.on('data', (chunk: Buffer) => {
    seen += chunk.toString('utf8');
    const found = /http:\/\/127\.0\.0\.1:\d+/.exec(seen)?.[0];
    if (found) resolve(found);
  });
  server.once('exit', (code) => reject(new Error(`fleet-server exited with ${code}`)));
});

// Registration straight into the database: the bench measures beats, not 2,000 technician logins.
const store = await openFleetStore(cluster.url, 2);
const fleetKiosks = Array.from({ length: kiosks }, (_, i) => ({
  deviceId: `BENCH-${String(i).padStart(5, '0')}`,
  point: `P${String(Math.floor(i / 4)).padStart(5, '0')}`,
  county: `C${String(Math.floor(i / 40)).padStart(4, '0')}`,
  key: newDeviceKey(),
}));
for (const k of fleetKiosks) {
  await store.registerKiosk(
    {
      deviceId: k.deviceId,
      keyId: k.key.keyId,
      publicKey: k.key.publicKeySpki.toString('base64'),
      pointCode: k.point,
      countyCode: k.county,
    },
    Date.now(),
  );
}
await store.close();

const beatsUrl = `${url}/v1/heartbeats`;
const latenciesMs: number[] = [];
let failures = 0;
async function beat(k: (typeof fleetKiosks)[number]): Promise<void> {
  const body = sampleHeartbeat(k.deviceId, Date.now());
  const bytes = Buffer.from(JSON.stringify(body));
  const headers = signedPostHeaders(beatsUrl, bytes, k.key, Date.now());
  const started = performance.now();
  try {
    const response = await fetch(beatsUrl, { method: 'POST', headers, body: bytes });
    await response.arrayBuffer();
    if (response.status !== 200) failures += 1;
    else latenciesMs.push(performance.now() - started);
  } catch {
    failures += 1;
  }
}

// Each kiosk beats once a minute at its own offset in the minute, as real kiosks drift apart.
const cpuBefore = {
  server: cpuSeconds([server.pid ?? 0]),
  db: cpuSeconds(postgresPids(cluster.dataDir)),
};
const startedMs = performance.now();
const inFlight = new Set<Promise<void>>();
const offsets = fleetKiosks.map((_, i) => (i * 60_000) / kiosks);
for (let minute = 0; minute < minutes; minute += 1) {
  for (let i = 0; i < kiosks; i += 1) {
    const due = minute * 60_000 + (offsets[i] ?? 0);
    const wait = due - (performance.now() - startedMs);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const p = beat(fleetKiosks[i]!).finally(() => inFlight.delete(p));
    inFlight.add(p);
  }
}
await Promise.all(inFlight);
const elapsedS = (performance.now() - startedMs) / 1000;
const cpu = {
  server: cpuSeconds([server.pid ?? 0]) - cpuBefore.server,
  db: cpuSeconds(postgresPids(cluster.dataDir)) - cpuBefore.db,
};

const sorted = latenciesMs.sort((a, b) => a - b);
const result = {
  kiosks,
  minutes,
  beats: sorted.length,
  failures,
  beatsPerS: Number((sorted.length / elapsedS).toFixed(1)),
  latencyMs: {
    p50: Number(quantile(sorted, 0.5).toFixed(1)),
    p95: Number(quantile(sorted, 0.95).toFixed(1)),
    p99: Number(quantile(sorted, 0.99).toFixed(1)),
    max: Number((sorted.at(-1) ?? NaN).toFixed(1)),
  },
  serverCpuPercentOfOneCore: Number(((cpu.server / elapsedS) * 100).toFixed(1)),
  postgresCpuPercentOfOneCore: Number(((cpu.db / elapsedS) * 100).toFixed(1)),
  machine: machineLine(),
};
console.log(JSON.stringify(result));
server.kill('SIGINT');
await once(server, 'exit');
await cluster.stop();
rmSync(dir, { recursive: true, force: true });
reportFigures([
  {
    name: 'fleet-heartbeat-p99-ms',
    unit: 'ms',
    target: null,
    better: 'lower',
    measured: quantile(sorted, 0.99),
  },
  {
    name: 'fleet-server-cpu-percent',
    unit: '% of a core',
    target: null,
    better: 'lower',
    measured: result.serverCpuPercentOfOneCore,
  },
  {
    name: 'fleet-heartbeat-failures',
    unit: 'beats',
    target: 0,
    better: 'lower',
    measured: failures,
  },
]);
