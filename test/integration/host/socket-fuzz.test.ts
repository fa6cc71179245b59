// What an attacker holding the launch token (or not) can throw at the browser host: more than
// 10,000 random and malformed text and binary messages, against a real capture session and the
// real staff gate. Every command gets a typed answer or the connection is closed with a protocol
// code; the host never crashes, no staff action gets through, and a worker can still start a session.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { sessionCommands } from '../../../src/core/capture/session-commands';
import { CLOSE_PROTOCOL, CLOSE_UNAUTHORIZED } from '../../../src/host/api-socket';
import { startBrowserHost, type BrowserHost } from '../../../src/host/browser-host';
import { problemSchema } from '../../../src/shared/kiosk-api/api-result';
import { KIOSK_COMMANDS } from '../../../src/shared/kiosk-api/commands';
import type { KioskService } from '../../../src/shared/kiosk-api/kiosk-api';
import { encodeFrameMessage } from '../../../src/shared/kiosk-api/wire';
import { startStaffRig } from '../../support/staff-rig';
import { createHarness } from '../../unit/capture/capture-fixtures';
import { tokenOf } from './host-client';

const CASES = Number(process.env.FUZZ_CASES ?? 10_500);
const SENTINEL = 9_007_199_254_740_991;
const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

type Incoming = { type: string; id?: number; result?: { ok: boolean; error?: unknown } };

/** A raw connection: every text message in order, and whether (and how) it closed. */
async function open(host: BrowserHost) {
  const ws = new WebSocket(`${host.origin.replace('http', 'ws')}/api`, { origin: host.origin });
  const inbox: Incoming[] = [];
  let closeCode: number | null = null;
  let wake = () => undefined as void;
  ws.on('message', (data, isBinary) => {
    if (!isBinary) inbox.push(JSON.parse(String(data)) as Incoming);
    wake();
  });
  ws.on('close', (code) => {
    closeCode = code;
    wake();
  });
  await new Promise((resolve) => ws.once('open', resolve));
  /** Waits for the answer with `id`, or the close; returns the answers that came before it. */
  const until = async (id: number) => {
    const seen: Incoming[] = [];
    for (;;) {
      const message = inbox.shift();
      if (message?.type === 'response' && message.id === id) return { seen, answer: message };
      if (message) seen.push(message);
      else if (closeCode !== null) return { seen, answer: null, closeCode };
      else await new Promise<void>((resolve) => (wake = resolve));
    }
  };
  ws.send(JSON.stringify({ type: 'hello', token: tokenOf(host.url) }));
  while (inbox.length === 0) await new Promise<void>((resolve) => (wake = resolve));
  expect(inbox.shift()).toEqual({ type: 'welcome' });
  return { ws, until, closed: () => closeCode };
}

const names = Object.keys(KIOSK_COMMANDS);
const json = fc.jsonValue({ maxDepth: 3 });
const commandMessage = fc.record({
  type: fc.constant('command'),
  id: fc.integer({ min: 0, max: 1_000_000 }),
  name: fc.oneof(fc.constantFrom(...names), fc.string({ minLength: 1, maxLength: 60 })),
  payload: fc.oneof(json, fc.constant({}), fc.dictionary(fc.string({ maxLength: 12 }), json)),
});
const fuzzArbitrary = fc.oneof(
  // A well-formed envelope never closes the connection, so its own answer is awaited.
  {
    weight: 14,
    arbitrary: commandMessage.map((m) => ({ text: JSON.stringify(m), answerId: m.id })),
  },
  { weight: 1, arbitrary: json.map((value) => ({ text: JSON.stringify(value) })) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }).map((text) => ({ text })) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 600 }).map((bytes) => ({ bytes })) },
  {
    weight: 2,
    arbitrary: fc
      .record({
        width: fc.integer({ min: -5, max: 5000 }),
        height: fc.integer({ min: -5, max: 5000 }),
        format: fc.constantFrom('rgba', 'jpeg', 'gif'),
        id: fc.integer({ min: 0, max: 1000 }),
        size: fc.integer({ min: 0, max: 4096 }),
      })
      .map(({ size, ...header }) => ({
        bytes: encodeFrameMessage(header as never, new Uint8Array(size).fill(7)),
      })),
  },
);

describe('browser host under fuzzing', () => {
  it(`answers or closes on ${CASES} random and malformed messages, lets no staff action through, and keeps serving the worker flow`, async () => {
    const rig = await startStaffRig();
    cleanup.push(rig.close);
    const harness = createHarness();
    const api = {
      ...(rig.api as unknown as Record<string, unknown>),
      ...sessionCommands(harness.session, () => null),
      subscribe: harness.subscribe,
      authorize: rig.api.authorize,
    } as unknown as KioskService;
    // The rate bound is tested on its own; here every message must reach the dispatcher.
    const commandRate = { perSecond: 1e9, burst: 1e9 };
    const host = await startBrowserHost({ api, staticDir: null, commandRate });
    cleanup.push(() => host.close());

    const codes = new Map<string, number>();
    const count = (code: string) => codes.set(code, (codes.get(code) ?? 0) + 1);
    let connection = await open(host);
    const messages = fc.sample(fuzzArbitrary, { seed: 20261206, numRuns: CASES });
    for (const message of messages) {
      if ('text' in message) connection.ws.send(message.text);
      else connection.ws.send(message.bytes);
      const answerId = 'answerId' in message ? message.answerId : SENTINEL;
      if (answerId === SENTINEL)
        connection.ws.send(
          JSON.stringify({ type: 'command', id: SENTINEL, name: 'ui.settings', payload: {} }),
        );
      const { seen, answer, closeCode } = await connection.until(answerId);
      const answers = answer && answerId !== SENTINEL ? [...seen, answer] : seen;
      for (const response of answers.filter((m) => m.type === 'response')) {
        const result = response.result;
        if (result?.ok) count('ok');
        else count(problemSchema.parse(result?.error).code);
      }
      if (answer) {
        if (answerId === SENTINEL) expect(answer.result?.ok).toBe(true);
        continue;
      }
      expect([CLOSE_PROTOCOL, CLOSE_UNAUTHORIZED, 1009]).toContain(closeCode);
      count(`closed ${closeCode}`);
      connection = await open(host);
    }
    connection.ws.close();

    expect(codes.get('api.unknown-command')).toBeGreaterThan(100);
    expect(codes.get('api.invalid-request')).toBeGreaterThan(100);
    expect(codes.get('api.unauthorized')).toBeGreaterThan(100);
    expect(codes.get(`closed ${CLOSE_PROTOCOL}`)).toBeGreaterThan(100);
    // No staff action got through: no login, no setting, no account.
    expect(
      rig.staffLog().filter((e) => !['login-failed', 'lockout'].includes(e.action)),
    ).toHaveLength(2);
    expect(await rig.localFile()).toBeNull();

    const worker = await open(host);
    worker.ws.send(JSON.stringify({ type: 'command', id: 1, name: 'session.cancel', payload: {} }));
    await worker.until(1);
    worker.ws.send(JSON.stringify({ type: 'command', id: 2, name: 'session.start', payload: {} }));
    expect((await worker.until(2)).answer?.result).toEqual({ ok: true, value: {} });
    expect(harness.session.state.state).toBe('consent');
    worker.ws.close();
  }, 120_000);
});
