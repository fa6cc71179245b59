// A minimal KioskApi client over the real WebSocket, and a fake KioskApi object standing in for
// the composition root (only in host tests: the host is an adapter and must not care).
import WebSocket from 'ws';
import { KIOSK_COMMANDS } from '../../../src/shared/kiosk-api/commands';
import type { KioskEvent } from '../../../src/shared/kiosk-api/events';
import type { CommandRole } from '../../../src/shared/kiosk-api/command-roles';
import type { KioskService } from '../../../src/shared/kiosk-api/kiosk-api';
import { Listeners } from '../../../src/shared/listeners';

/**
 * A fake API: every command answers `{ ok: true, value: {} }` unless overridden; records calls.
 * Its gate grants every role unless `authorize` says otherwise (role tests use the real gate).
 */
export function fakeApi(
  overrides: Partial<
    Record<keyof typeof KIOSK_COMMANDS, (request: unknown) => Promise<unknown>>
  > = {},
  authorize: (required: CommandRole) => boolean = () => true,
) {
  const calls: { name: string; request: unknown }[] = [];
  const listeners = new Listeners<KioskEvent>();
  const commands = Object.fromEntries(
    Object.keys(KIOSK_COMMANDS).map((name) => [
      name,
      async (request: unknown) => {
        calls.push({ name, request });
        const override = overrides[name as keyof typeof KIOSK_COMMANDS];
        return override ? override(request) : { ok: true, value: {} };
      },
    ]),
  );
  const api = {
    ...commands,
    subscribe: (listener: (event: KioskEvent) => void) => listeners.add(listener),
    authorize,
  } as unknown as KioskService;
  return { api, calls, listeners, push: (event: KioskEvent) => listeners.emit(event) };
}

/** A connected client that collects every message and the close code. */
export async function connect(origin: string, socketOrigin: string | null = origin) {
  const ws = new WebSocket(
    `${origin.replace('http', 'ws')}/api`,
    socketOrigin ? { origin: socketOrigin } : {},
  );
  const inbox: unknown[] = [];
  const waiters: Array<() => void> = [];
  ws.on('message', (data, isBinary) => {
    inbox.push(isBinary ? data : JSON.parse(String(data)));
    waiters.splice(0).forEach((wake) => wake());
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
  const opened = await new Promise<{ ok: true } | { ok: false; status: number }>((resolve) => {
    ws.once('open', () => resolve({ ok: true }));
    ws.once('unexpected-response', (_request, response) =>
      resolve({ ok: false, status: response.statusCode ?? 0 }),
    );
  });
  /** The next message, in order. */
  async function next(): Promise<unknown> {
    while (inbox.length === 0) await new Promise<void>((wake) => waiters.push(wake));
    return inbox.shift();
  }
  return { ws, opened, closed, next, send: (message: unknown) => ws.send(JSON.stringify(message)) };
}

/** The token from a host URL's fragment. */
export const tokenOf = (url: string) => new URL(url).hash.slice('#token='.length);
