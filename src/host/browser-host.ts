/**
 * The browser host: the renderer's files and the KioskApi over a WebSocket, on 127.0.0.1 only. A
 * per-launch token (in the page URL's fragment, sent back in the first message) and an Origin and
 * Host check keep other local programs and web pages out. An adapter only: features live in core.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { KioskService } from '../shared/kiosk-api/kiosk-api';
import { MAX_FRAME_BYTES } from '../shared/kiosk-api/frame';
import { silentLogger, type Logger } from '../core/log/logger';
import { serveApiSocket } from './api-socket';
import { DEFAULT_COMMAND_RATE, type RateLimit } from './message-rate';
import { serveStatic } from './static-files';

/** How to start the host. */
export interface BrowserHostOptions {
  readonly api: KioskService;
  /** The built renderer; null serves a placeholder page. */
  readonly staticDir: string | null;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly logger?: Logger;
  readonly helloTimeoutMs?: number;
  /** Commands per second per connection (default DEFAULT_COMMAND_RATE). */
  readonly commandRate?: RateLimit;
}

/** A running host. */
export interface BrowserHost {
  /** The page to open, carrying the launch token in its fragment (never sent to a server or logged). */
  readonly url: string;
  /** The origin pages and sockets must come from. */
  readonly origin: string;
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';

/** Starts the host on 127.0.0.1 and resolves once it listens. */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const logger = options.logger ?? silentLogger;
  const token = randomBytes(32).toString('base64url');
  let origin = '';
  const ownHost = (request: IncomingMessage) =>
    request.headers.host === origin.slice('http://'.length);

  const server = createServer((request, response) => {
    // A Host check defeats DNS rebinding: a foreign name resolving to 127.0.0.1 gets nothing.
    if (!ownHost(request)) return void response.writeHead(421).end();
    response.setHeader('x-content-type-options', 'nosniff');
    response.setHeader('referrer-policy', 'no-referrer');
    response.setHeader('cache-control', 'no-store');
    response.setHeader(
      'content-security-policy',
      `default-src 'self'; connect-src 'self' ws://${origin.slice('http://'.length)}; img-src 'self' data: blob:; media-src 'self' blob:; style-src 'self' 'unsafe-inline'`,
    );
    serveStatic(options.staticDir, request, response).catch(() => response.destroy());
  });
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES + 1024 });
  server.on('upgrade', (request, socket, head) => {
    const path = new URL(request.url ?? '/', origin).pathname;
    if (path !== '/api' || !ownHost(request) || request.headers.origin !== origin) {
      logger.log('warn', 'host.upgrade-refused', { path, origin: request.headers.origin ?? null });
      socket.end('HTTP/1.1 403 Forbidden\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) =>
      serveApiSocket(ws, {
        api: options.api,
        token,
        logger,
        helloTimeoutMs: options.helloTimeoutMs ?? 10_000,
        commandRate: options.commandRate ?? DEFAULT_COMMAND_RATE,
      }),
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolve());
  });
  origin = `http://${LOOPBACK}:${(server.address() as AddressInfo).port}`;
  logger.log('info', 'host.listening', { origin });
  return {
    url: `${origin}/#token=${token}`,
    origin,
    close: async () => {
      for (const client of sockets.clients) client.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
