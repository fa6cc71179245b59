/**
 * One WebSocket connection speaking the KioskApi: `hello` with the launch token first, then
 * commands (JSON) and frames (binary). Every payload is checked against the shared contract; a
 * broken envelope closes the connection, an invalid payload gets a problem answer and it stays open.
 */
import { timingSafeEqual } from 'node:crypto';
import type { RawData, WebSocket } from 'ws';
import { dispatchCommand, type KioskService } from '../shared/kiosk-api/kiosk-api';
import {
  clientMessageSchema,
  decodeFrameMessage,
  type ServerMessage,
} from '../shared/kiosk-api/wire';
import type { Logger } from '../core/log/logger';
import { API_MESSAGES } from '../shared/i18n/catalog-capture';
import { createRateBucket, type RateLimit } from './message-rate';

/** Close code for a client that did not prove it holds the launch token. */
export const CLOSE_UNAUTHORIZED = 4401;
/** Close code for a message that breaks the wire protocol (RFC 6455 policy violation). */
export const CLOSE_PROTOCOL = 1008;

/** What a connection needs. */
export interface ApiSocketOptions {
  readonly api: KioskService;
  readonly token: string;
  readonly logger: Logger;
  /** How long a new connection may take to say hello. */
  readonly helloTimeoutMs: number;
  /** How many commands and frames per second the connection may send; the excess is answered `api.rate-limited`. */
  readonly commandRate: RateLimit;
  readonly nowMs?: () => number;
}

const rateLimited = {
  ok: false,
  error: { code: 'api.rate-limited', text: API_MESSAGES.busy, retryable: true },
} as const;

function tokenMatches(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Serves the KioskApi on one accepted WebSocket until it closes. */
export function serveApiSocket(socket: WebSocket, options: ApiSocketOptions): void {
  const { api, logger } = options;
  let unsubscribe: (() => void) | null = null;
  const messages = createRateBucket(options.commandRate, options.nowMs ?? Date.now);
  const send = (message: ServerMessage) =>
    socket.readyState === socket.OPEN && socket.send(JSON.stringify(message));
  const onBug = (error: unknown) =>
    logger.log('error', 'host.api-bug', {
      error: error instanceof Error ? error.message : String(error),
    });
  const refuse = (code: number, reason: string) => {
    logger.log('warn', 'host.connection-refused', { code, reason });
    socket.close(code, reason);
  };
  const helloTimer = setTimeout(
    () => refuse(CLOSE_UNAUTHORIZED, 'hello expected'),
    options.helloTimeoutMs,
  );

  async function onFrame(bytes: Uint8Array): Promise<void> {
    const message = decodeFrameMessage(bytes);
    if (!message) return refuse(CLOSE_PROTOCOL, 'malformed frame message');
    const { id, ...header } = message.header;
    // A frame is a message like any other here: the session's frame gate decides what the engine
    // gets, so the socket only bounds floods, with the commands' rate.
    if (!messages.take()) return void send({ type: 'response', id, result: rateLimited });
    const frame = { ...header, data: message.data };
    send({
      type: 'response',
      id,
      result: await dispatchCommand(api, 'frame.submit', frame, onBug),
    });
  }

  async function onText(text: string): Promise<void> {
    const message = clientMessageSchema.safeParse(parseJson(text));
    if (!message.success) return refuse(CLOSE_PROTOCOL, 'malformed message');
    if (message.data.type === 'hello') {
      if (unsubscribe || !tokenMatches(options.token, message.data.token))
        return refuse(CLOSE_UNAUTHORIZED, 'unauthorized');
      clearTimeout(helloTimer);
      unsubscribe = api.subscribe((event) =>
        send({ type: 'event', name: event.name, payload: event.payload }),
      );
      return void send({ type: 'welcome' });
    }
    if (!unsubscribe) return refuse(CLOSE_UNAUTHORIZED, 'hello expected');
    const { id, name, payload } = message.data;
    if (!messages.take()) return void send({ type: 'response', id, result: rateLimited });
    send({ type: 'response', id, result: await dispatchCommand(api, name, payload, onBug) });
  }

  socket.on('message', (data: RawData, isBinary: boolean) => {
    const bytes = Array.isArray(data)
      ? Buffer.concat(data)
      : Buffer.isBuffer(data)
        ? data
        : Buffer.from(data);
    if (!isBinary) return void onText(bytes.toString('utf8'));
    if (!unsubscribe) return refuse(CLOSE_UNAUTHORIZED, 'hello expected');
    void onFrame(bytes);
  });
  socket.on('close', () => {
    clearTimeout(helloTimer);
    unsubscribe?.();
  });
  socket.on('error', (error) => logger.log('warn', 'host.socket-error', { error: error.message }));
}
