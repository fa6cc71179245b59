// The worker flow from the screen's side: the shared client over a real WebSocket to the browser
// host, in front of a real capture session (its ports are in-memory: no reader, camera or engine).
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { sessionCommands } from '../../../src/core/capture/session-commands';
import { startBrowserHost, type BrowserHost } from '../../../src/host/browser-host';
import type { KioskEvent } from '../../../src/shared/kiosk-api/events';
import { createKioskClient } from '../../../src/shared/kiosk-api/kiosk-client';
import type { KioskService } from '../../../src/shared/kiosk-api/kiosk-api';
import { createHarness } from '../../unit/capture/capture-fixtures';
import { residentCard } from '../../unit/capture/sample-card';
import { fakeApi, tokenOf } from './host-client';

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function screenOf(host: BrowserHost, token = tokenOf(host.url)) {
  const ws = new WebSocket(`${host.origin.replace('http', 'ws')}/api`, { origin: host.origin });
  await new Promise((resolve) => ws.once('open', resolve));
  const bugs: unknown[] = [];
  const client = createKioskClient({ send: (data) => ws.send(data) }, (bug) => bugs.push(bug));
  ws.on('message', (data, isBinary) => !isBinary && client.receive(String(data)));
  ws.on('close', () => client.closed());
  cleanup.push(() => ws.close());
  const welcomed = await client.hello(token);
  const events: KioskEvent[] = [];
  client.api.subscribe((event) => events.push(event));
  return { client, events, bugs, ws, welcomed };
}

/** Resolves with the first event matching `test`, already seen or still to arrive. */
function until(
  screen: Awaited<ReturnType<typeof screenOf>>,
  test: (event: KioskEvent) => boolean,
): Promise<KioskEvent> {
  const seen = screen.events.find(test);
  if (seen) return Promise.resolve(seen);
  return new Promise((resolve) => {
    const off = screen.client.api.subscribe((event) => {
      if (!test(event)) return;
      off();
      resolve(event);
    });
  });
}

describe('capture session behind the browser host', () => {
  it('runs a worker from consent to a pass with frames sent as binary, seeing only contract events', async () => {
    const harness = createHarness();
    const rest = fakeApi();
    const api: KioskService = {
      ...(rest.api as KioskService),
      ...sessionCommands(harness.session, () => null),
      subscribe: harness.subscribe,
    };
    const host = await startBrowserHost({ api, staticDir: null });
    cleanup.push(() => host.close());
    const screen = await screenOf(host);

    expect(await screen.client.api['session.start']({})).toEqual({ ok: true, value: {} });
    const consent = await until(
      screen,
      (e) => e.name === 'session.state' && e.payload.state === 'consent',
    );
    expect(consent.payload).toMatchObject({ consentVersion: 'v1', transmits: 'card-photo' });
    expect(
      await screen.client.api['session.consent']({ accepted: true, consentVersion: 'v1' }),
    ).toEqual({ ok: true, value: {} });
    harness.card({ type: 'card-read', card: residentCard() });
    await until(screen, (e) => e.name === 'session.state' && e.payload.state === 'face');

    const jpeg = {
      width: 640,
      height: 480,
      format: 'jpeg' as const,
      data: new Uint8Array([0xff, 0xd8, 0xff, 0xd9]),
    };
    for (let i = 0; i < 2; i += 1) {
      const sent = await screen.client.api['frame.submit'](jpeg);
      expect(sent.ok && sent.value.disposition).toBe('analyzing');
    }
    const result = await until(screen, (e) => e.name === 'session.result');
    expect(result.payload).toEqual({
      outcome: 'pass',
      reasonKey: 'matched',
      nextSteps: ['take-card', 'visit-personal-service', 'set-initial-password'],
    });
    expect(harness.drafts).toHaveLength(1);
    expect(screen.bugs).toEqual([]);
    expect(JSON.stringify(screen.events)).not.toContain('11010119900307803X');

    const refused = await screen.client.api['operator.verify']({ verdict: 'verified' });
    expect(refused.ok ? null : refused.error.code).toBe('capture.operator-required');
  });

  it('tells the screen when the host refuses its token', async () => {
    const host = await startBrowserHost({ api: fakeApi().api, staticDir: null });
    cleanup.push(() => host.close());
    expect((await screenOf(host)).welcomed).toBe(true);
    expect((await screenOf(host, 'stale-token-from-a-previous-launch')).welcomed).toBe(false);
  });

  it('answers waiting commands with api.disconnected when the host goes away', async () => {
    const never = fakeApi({ 'status.get': () => new Promise(() => undefined) });
    const host = await startBrowserHost({ api: never.api, staticDir: null });
    const screen = await screenOf(host);
    const waiting = screen.client.api['status.get']({});
    await host.close();
    const answer = await waiting;
    expect(answer.ok ? null : answer.error.code).toBe('api.disconnected');
  });
});
