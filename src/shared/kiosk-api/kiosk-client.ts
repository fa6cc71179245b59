/**
 * The KioskApi on the screen's side of a message stream (the browser host's WebSocket): commands
 * out, answers and events in, each answer and event validated against the contract before the
 * screen sees it. Transport-neutral: the caller wires `send`, `receive` and `closed` to its socket.
 */
import { apiResultSchema, type ApiResult } from './api-result';
import { KIOSK_COMMANDS, type CommandName } from './commands';
import { kioskEventSchema, type KioskEvent } from './events';
import type { Frame } from './frame';
import type { KioskApi } from './kiosk-api';
import { encodeFrameMessage, serverMessageSchema } from './wire';
import { API_MESSAGES } from '../i18n/catalog-capture';
import type { Problem } from '../problem';
import { Listeners } from '../listeners';

/** The sending half of the connection. */
export interface ClientSocket {
  send(data: string | Uint8Array): void;
}

/** A client bound to one connection. */
export interface KioskClient {
  readonly api: KioskApi;
  /** Sends the launch token; true once the host welcomes the connection, false if it closes instead. */
  hello(token: string): Promise<boolean>;
  /** Hands the client a text message from the host. */
  receive(text: string): void;
  /** The connection closed: every command still waiting answers `api.disconnected`. */
  closed(): void;
}

const failure = (code: string, text: Problem['text'], retryable: boolean): ApiResult<never> => ({
  ok: false,
  error: { code, text, retryable },
});

/** Makes a client; `onBug` hears about messages that break the contract (they are dropped). */
export function createKioskClient(
  socket: ClientSocket,
  onBug: (error: unknown) => void,
): KioskClient {
  let nextId = 1;
  const pending = new Map<
    number,
    { name: CommandName; resolve: (result: ApiResult<unknown>) => void }
  >();
  // A screen's listener that throws is a bug of the screen: reported, and the others still hear.
  const listeners = new Listeners<KioskEvent>(onBug);
  let welcome: ((welcomed: boolean) => void) | null = null;

  const call = (name: CommandName, request: unknown) =>
    new Promise<ApiResult<unknown>>((resolve) => {
      const id = nextId++;
      pending.set(id, { name, resolve });
      if (name === 'frame.submit') {
        const { data, ...header } = request as Frame;
        socket.send(encodeFrameMessage({ id, ...header }, data));
      } else socket.send(JSON.stringify({ type: 'command', id, name, payload: request }));
    });

  const commands = Object.fromEntries(
    (Object.keys(KIOSK_COMMANDS) as CommandName[]).map((name) => [
      name,
      (request: unknown) => call(name, request),
    ]),
  );
  const subscribe = (listener: (event: KioskEvent) => void) => listeners.add(listener);

  function receive(text: string): void {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return onBug(new TypeError('host sent a message that is not JSON'));
    }
    const message = serverMessageSchema.safeParse(json);
    if (!message.success)
      return onBug(new TypeError('host sent a message outside the wire protocol'));
    const m = message.data;
    if (m.type === 'welcome') return welcome?.(true);
    if (m.type === 'event') {
      const event = kioskEventSchema.safeParse({ name: m.name, payload: m.payload });
      if (!event.success) return onBug(new TypeError(`event ${m.name} breaks the contract`));
      return listeners.emit(event.data);
    }
    const entry = pending.get(m.id);
    if (!entry) return onBug(new TypeError(`answer to unknown command ${m.id}`));
    pending.delete(m.id);
    const result = apiResultSchema(KIOSK_COMMANDS[entry.name].response).safeParse(m.result);
    if (result.success) return entry.resolve(result.data);
    onBug(new TypeError(`answer to ${entry.name} breaks the contract`));
    entry.resolve(failure('api.internal', API_MESSAGES.internal, true));
  }

  return {
    api: { ...commands, subscribe } as unknown as KioskApi,
    hello: (token) =>
      new Promise<boolean>((resolve) => {
        welcome = resolve;
        socket.send(JSON.stringify({ type: 'hello', token }));
      }),
    receive,
    closed: () => {
      welcome?.(false);
      for (const { resolve } of pending.values())
        resolve(failure('api.disconnected', API_MESSAGES.disconnected, true));
      pending.clear();
    },
  };
}
