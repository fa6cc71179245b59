import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLOSE_PROTOCOL, CLOSE_UNAUTHORIZED } from '../../../src/host/api-socket';
import { startBrowserHost, type BrowserHost } from '../../../src/host/browser-host';
import { PLACEHOLDER_PAGE } from '../../../src/host/static-files';
import { encodeFrameMessage } from '../../../src/shared/kiosk-api/wire';
import { connect, fakeApi, tokenOf } from './host-client';

const hosts: BrowserHost[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.close()));
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function start(fake = fakeApi(), staticDir: string | null = null, helloTimeoutMs?: number) {
  const host = await startBrowserHost({
    api: fake.api,
    staticDir,
    ...(helloTimeoutMs ? { helloTimeoutMs } : {}),
  });
  hosts.push(host);
  return { host, fake };
}

async function authed(host: BrowserHost) {
  const client = await connect(host.origin);
  client.send({ type: 'hello', token: tokenOf(host.url) });
  expect(await client.next()).toEqual({ type: 'welcome' });
  return client;
}

function get(origin: string, path: string, hostHeader?: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const url = new URL(path, origin);
    const req = request(
      { host: url.hostname, port: url.port, path, headers: hostHeader ? { host: hostHeader } : {} },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('browser host: the KioskApi over a real WebSocket', () => {
  it('listens on 127.0.0.1 with a token in the URL fragment', async () => {
    const { host } = await start();
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{43}$/);
  });

  it('round-trips a command, pushes events, and carries a frame as binary', async () => {
    const { host, fake } = await start(
      fakeApi({ 'frame.submit': async () => ({ ok: true, value: { disposition: 'analyzing' } }) }),
    );
    const client = await authed(host);
    client.send({
      type: 'command',
      id: 1,
      name: 'session.consent',
      payload: { accepted: true, consentVersion: 'v1' },
    });
    expect(await client.next()).toEqual({
      type: 'response',
      id: 1,
      result: { ok: true, value: {} },
    });
    expect(fake.calls).toEqual([
      { name: 'session.consent', request: { accepted: true, consentVersion: 'v1' } },
    ]);

    fake.push({ name: 'session.state', payload: { state: 'idle', endedBy: 'card-removed' } });
    expect(await client.next()).toEqual({
      type: 'event',
      name: 'session.state',
      payload: { state: 'idle', endedBy: 'card-removed' },
    });

    const pixels = new Uint8Array(16 * 16 * 4).fill(9);
    client.ws.send(encodeFrameMessage({ id: 2, width: 16, height: 16, format: 'rgba' }, pixels));
    expect(await client.next()).toEqual({
      type: 'response',
      id: 2,
      result: { ok: true, value: { disposition: 'analyzing' } },
    });
    const frame = fake.calls[1]?.request as { data: Uint8Array; width: number };
    expect(frame.width).toBe(16);
    expect(Buffer.from(frame.data).equals(Buffer.from(pixels))).toBe(true);
  });

  it('answers commands beyond the connection rate with api.rate-limited, without calling the API', async () => {
    const fake = fakeApi();
    const host = await startBrowserHost({
      api: fake.api,
      staticDir: null,
      commandRate: { perSecond: 0.001, burst: 3 },
    });
    hosts.push(host);
    const client = await authed(host);
    for (let id = 1; id <= 5; id += 1)
      client.send({ type: 'command', id, name: 'session.start', payload: {} });
    const codes = [];
    for (let i = 0; i < 5; i += 1) {
      const answer = (await client.next()) as { result: { ok: boolean; error?: { code: string } } };
      codes.push(answer.result.ok ? 'ok' : answer.result.error?.code);
    }
    // Refusals are answered at once, ahead of the commands still running.
    expect(codes.sort()).toEqual(['api.rate-limited', 'api.rate-limited', 'ok', 'ok', 'ok']);
    expect(fake.calls).toHaveLength(3);
  });

  it('answers an invalid payload with a problem and keeps the connection', async () => {
    const { host, fake } = await start();
    const client = await authed(host);
    client.send({ type: 'command', id: 7, name: 'operator.login', payload: { pin: 'DROP TABLE' } });
    expect(await client.next()).toMatchObject({
      type: 'response',
      id: 7,
      result: { ok: false, error: { code: 'api.invalid-request' } },
    });
    client.ws.send(
      encodeFrameMessage({ id: 8, width: 16, height: 16, format: 'rgba' }, new Uint8Array(10)),
    );
    expect(await client.next()).toMatchObject({
      id: 8,
      result: { ok: false, error: { code: 'api.invalid-request' } },
    });
    client.send({ type: 'command', id: 9, name: 'status.get', payload: {} });
    expect(await client.next()).toMatchObject({
      id: 9,
      result: { ok: false, error: { code: 'api.internal' } },
    });
    expect(fake.calls.map((c) => c.name)).toEqual(['status.get']);
  });

  it('hands every frame to the API, which decides what the engine gets; frames count against the connection rate', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const fake = fakeApi({
      'frame.submit': async () => (await gate, { ok: true, value: { disposition: 'waiting' } }),
    });
    const host = await startBrowserHost({
      api: fake.api,
      staticDir: null,
      commandRate: { perSecond: 0.001, burst: 4 },
    });
    hosts.push(host);
    const client = await authed(host);
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xd9]);
    for (let id = 1; id <= 5; id += 1)
      client.ws.send(encodeFrameMessage({ id, width: 64, height: 48, format: 'jpeg' }, jpeg));
    // The fifth is over the rate: refused at once, while the four before wait in the API.
    expect(await client.next()).toMatchObject({
      id: 5,
      result: { ok: false, error: { code: 'api.rate-limited' } },
    });
    release();
    const answered = [
      await client.next(),
      await client.next(),
      await client.next(),
      await client.next(),
    ];
    expect(answered).toEqual(
      [1, 2, 3, 4].map((id) => ({
        type: 'response',
        id,
        result: { ok: true, value: { disposition: 'waiting' } },
      })),
    );
    expect(fake.calls.filter((c) => c.name === 'frame.submit')).toHaveLength(4);
  });
});

describe('browser host: who may connect', () => {
  it('closes a connection that says hello with a wrong token', async () => {
    const { host, fake } = await start();
    const client = await connect(host.origin);
    client.send({ type: 'hello', token: 'x'.repeat(43) });
    expect((await client.closed).code).toBe(CLOSE_UNAUTHORIZED);
    expect(fake.listeners.size).toBe(0);
  });

  it('closes a connection that sends a command or a frame before hello', async () => {
    const { host, fake } = await start();
    const command = await connect(host.origin);
    command.send({ type: 'command', id: 1, name: 'kiosk.unlock', payload: {} });
    expect((await command.closed).code).toBe(CLOSE_UNAUTHORIZED);
    const frame = await connect(host.origin);
    frame.ws.send(
      encodeFrameMessage({ id: 1, width: 16, height: 16, format: 'jpeg' }, new Uint8Array(4)),
    );
    expect((await frame.closed).code).toBe(CLOSE_UNAUTHORIZED);
    expect(fake.calls).toEqual([]);
  });

  it('closes a connection that never says hello', async () => {
    const { host } = await start(fakeApi(), null, 200);
    const client = await connect(host.origin);
    expect((await client.closed).code).toBe(CLOSE_UNAUTHORIZED);
  });

  it('refuses a foreign Origin and a missing Origin at the upgrade', async () => {
    const { host } = await start();
    expect((await connect(host.origin, 'http://evil.example')).opened).toEqual({
      ok: false,
      status: 403,
    });
    expect(
      (await connect(host.origin, host.origin.replace('127.0.0.1', 'localhost'))).opened,
    ).toEqual({ ok: false, status: 403 });
    expect((await connect(host.origin, null)).opened).toEqual({ ok: false, status: 403 });
  });

  it('closes on a message that is not JSON or not a message, and survives it', async () => {
    const { host } = await start();
    const garbage = await authed(host);
    garbage.ws.send('{"type":"command",');
    expect((await garbage.closed).code).toBe(CLOSE_PROTOCOL);
    const shape = await authed(host);
    shape.send({ type: 'command', id: -1, name: 'status.get' });
    expect((await shape.closed).code).toBe(CLOSE_PROTOCOL);
    const frame = await authed(host);
    frame.ws.send(new Uint8Array([0, 3, 1, 2, 3]));
    expect((await frame.closed).code).toBe(CLOSE_PROTOCOL);
    await authed(host);
  });
});

describe('browser host: static files', () => {
  it('serves the placeholder page when no renderer is built', async () => {
    const { host } = await start();
    expect(await get(host.origin, '/')).toEqual({ status: 200, body: PLACEHOLDER_PAGE });
  });

  it('serves files from the configured directory and nothing outside it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kiosk-static-'));
    dirs.push(dir);
    await writeFile(join(dir, 'index.html'), '<p>screens</p>');
    const { host } = await start(fakeApi(), dir);
    expect(await get(host.origin, '/')).toEqual({ status: 200, body: '<p>screens</p>' });
    expect((await get(host.origin, '/../../etc/passwd')).status).toBe(404);
    expect((await get(host.origin, '/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
    expect((await get(host.origin, '/missing.js')).status).toBe(404);
  });

  it('answers nothing to a request for another host name (DNS rebinding)', async () => {
    const { host } = await start();
    expect((await get(host.origin, '/', 'attacker.example:80')).status).toBe(421);
  });
});
