import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFileVault } from '../../../src/core/device/key-vault-file';
import { deviceKeyFromPkcs8 } from '../../../src/core/device/device-key';
import {
  startEmulatedReader,
  type EmulatedReaderProcess,
} from '../../../src/core/idcard/transport/emulated-reader-process';
import { openUploadTestStore } from '../../support/upload-store';
import { startSocatPty, type PtyPair } from '../../support/socat-pty';
import { runKiosk } from './kiosk-cli';

const MODELS = resolve(import.meta.dirname, '../../../models');

/** An endpoint on 127.0.0.1 whose Date header is `skewMs` off our clock. */
async function startEndpoint(skewMs: number): Promise<{ server: Server; url: string }> {
  const server = createServer((_request, response) => {
    response.sendDate = false;
    response.writeHead(405, { date: new Date(Date.now() + skewMs).toUTCString() }).end();
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/` };
}

interface SelftestJson {
  passed: boolean;
  checks: { name: string; status: string; text: { en: string } }[];
}

/** Runs `kiosk provision` in `dir` with the given device id and point code. */
const provision = (
  dir: string,
  endpoint: string,
  deviceId: string,
  pointCode: string,
  ...more: string[]
) =>
  runKiosk(
    dir,
    'provision',
    '--device-id',
    deviceId,
    '--point-code',
    pointCode,
    '--endpoint',
    endpoint,
    ...more,
  );

/** Replaces top-level sections of the provisioned local configuration. */
function overrideLocalConfig(dir: string, sections: Record<string, unknown>): void {
  const path = join(dir, 'var/kiosk.json');
  const local = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  writeFileSync(path, JSON.stringify({ ...local, ...sections }));
}

const statusByName = (json: SelftestJson) =>
  Object.fromEntries(json.checks.map((c) => [c.name, c.status]));

describe('kiosk provision and selftest against a real config, vault, store, reader pty and endpoint', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-provision-'));
  let pty: PtyPair;
  let reader: EmulatedReaderProcess;
  let endpoint: { server: Server; url: string };
  let skewed: { server: Server; url: string };

  beforeAll(async () => {
    symlinkSync(MODELS, join(dir, 'models'));
    pty = await startSocatPty({ hostLink: join(dir, 'reader'), deviceLink: join(dir, 'sam') });
    reader = await startEmulatedReader(pty.devicePath);
    endpoint = await startEndpoint(0);
    skewed = await startEndpoint(-10 * 60_000);
  });
  afterAll(async () => {
    await reader?.stop();
    await pty?.kill();
    endpoint?.server.close();
    skewed?.server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('provision writes the configuration, creates the key in the vault and prints its id and SPKI', async () => {
    const run = await provision(dir, endpoint.url, 'KIOSK-0001', '3301020001', '--json');
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as {
      keyId: string;
      publicKeySpkiBase64: string;
      keyCreated: boolean;
    };
    const config = JSON.parse(readFileSync(join(dir, 'var/kiosk.json'), 'utf8')) as {
      device: unknown;
      upload: unknown;
    };
    expect(config.device).toEqual({ id: 'KIOSK-0001', pointCode: '3301020001' });
    expect(config.upload).toEqual({ endpoint: endpoint.url });
    const stored = deviceKeyFromPkcs8(openFileVault(join(dir, 'var/vault')).loadDeviceKey()!);
    expect(printed).toMatchObject({
      keyId: stored.keyId,
      publicKeySpkiBase64: stored.publicKeySpki.toString('base64'),
      keyCreated: true,
    });
  });

  it('provisioning again keeps the registered key', async () => {
    const first = openFileVault(join(dir, 'var/vault')).loadDeviceKey();
    const run = await provision(dir, endpoint.url, 'KIOSK-0001', '3301020002', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      keyCreated: false,
      keyId: deviceKeyFromPkcs8(first!).keyId,
    });
  });

  it('refuses an invalid device id with exit 2, naming the field, and leaves the configuration as it was', async () => {
    const before = readFileSync(join(dir, 'var/kiosk.json'), 'utf8');
    const run = await provision(dir, endpoint.url, 'no spaces', '3301020001');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('device.id');
    expect(readFileSync(join(dir, 'var/kiosk.json'), 'utf8')).toBe(before);
  });

  it('selftest passes with the reader on a pty, real models, an intact store and the endpoint on 127.0.0.1', async () => {
    const store = openUploadTestStore();
    store.appendRecords(2);
    store.store.close();
    writeFileSync(join(dir, 'kiosk.db'), readFileSync(store.dbPath));
    rmSync(store.dir, { recursive: true, force: true });
    overrideLocalConfig(dir, {
      reader: { port: { mode: 'pinned', path: pty.hostPath } },
      storage: { dbPath: join(dir, 'kiosk.db'), minFreeBytes: 0, warnFreeBytes: 0 },
    });
    const run = await runKiosk(dir, 'selftest', '--json');
    const json = JSON.parse(run.stdout) as SelftestJson;
    expect(statusByName(json)).toEqual({
      identity: 'pass',
      reader: 'pass',
      camera: 'ui',
      models: 'pass',
      database: 'pass',
      disk: 'pass',
      clock: 'pass',
      endpoint: 'warn', // plain http on 127.0.0.1: reachable, but not TLS
      vault: 'warn', // the CLI's file vault
    });
    expect(json.checks.find((c) => c.name === 'database')?.text.en).toContain('2 records');
    expect(json.checks.find((c) => c.name === 'reader')?.text.en).toMatch(/SAM ID \S+/);
    expect(run.code).toBe(0);
  });

  it('selftest fails (exit 1) on a skewed clock, a corrupted database and a silent reader, and prints a table', async () => {
    const db = readFileSync(join(dir, 'kiosk.db'));
    db.fill(0x5a, 4096, 8192); // scribble over the second page
    writeFileSync(join(dir, 'broken.db'), db);
    overrideLocalConfig(dir, {
      upload: { endpoint: skewed.url },
      reader: { port: { mode: 'pinned', path: join(dir, 'no-such-port') } },
      storage: { dbPath: join(dir, 'broken.db'), minFreeBytes: 0, warnFreeBytes: 0 },
    });
    const json = JSON.parse((await runKiosk(dir, 'selftest', '--json')).stdout) as SelftestJson;
    expect(statusByName(json)).toMatchObject({
      clock: 'fail',
      database: 'fail',
      reader: 'fail',
      endpoint: 'warn',
    });
    expect(json.passed).toBe(false);
    const table = await runKiosk(dir, 'selftest', '--lang', 'en');
    expect(table.code).toBe(1);
    expect(table.stdout).toMatch(/^FAIL +Clock +The clock is -600 s off the endpoint/m);
    expect(table.stdout).toContain('Self-test failed');
  });
});
