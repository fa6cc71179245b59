// An HTTP proxy on 127.0.0.1 that misbehaves on purpose, one fault per request as a plan says:
// the network conditions of a collection point, reproducible in a test.
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Listeners } from '../../src/shared/listeners';

/** What the proxy does with one request. */
export type Fault =
  | { readonly kind: 'pass' }
  /** Cut the connection once the request has arrived, before anything reaches the server. */
  | { readonly kind: 'drop' }
  /** Forward after a pause (longer than the client's timeout makes the server store a record the client gave up on). */
  | { readonly kind: 'delay'; readonly ms: number }
  /** Answer 500 without forwarding. */
  | { readonly kind: 'error-500' }
  /** Answer 429 with this Retry-After value without forwarding. */
  | { readonly kind: 'too-many'; readonly retryAfter: string }
  /** Forward, let the server answer in full, then reset the client's connection before it reads the answer. */
  | { readonly kind: 'reset-after-store' }
  /** Answer this without forwarding: a platform's own refusal, in its own words. */
  | { readonly kind: 'answer'; readonly answer: CannedAnswer };

/** An HTTP answer as a platform would give it. */
export interface CannedAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** A running proxy. */
export interface FaultyProxy {
  readonly url: string;
  /** How many requests got each kind of fault. */
  readonly served: Record<Fault['kind'], number>;
  /** From now on every request passes. */
  heal(): void;
  /** Resolves once no request is held back or still on its way to the server. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

function forward(
  target: URL,
  req: IncomingMessage,
  body: Buffer,
  onAnswer: (status: number, headers: IncomingMessage['headers'], answer: Buffer) => void,
  onError: () => void,
): void {
  const upstream = request(
    {
      host: target.hostname,
      port: target.port,
      method: req.method,
      path: req.url,
      headers: req.headers,
    },
    (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => onAnswer(res.statusCode ?? 502, res.headers, Buffer.concat(chunks)));
      res.on('error', onError);
    },
  );
  upstream.on('error', onError);
  upstream.end(body);
}

/** Starts a proxy to `targetUrl`; `plan(n)` picks the fault of the n-th request (0-based) until healed. */
export async function startFaultyProxy(
  targetUrl: string,
  plan: (requestIndex: number) => Fault,
): Promise<FaultyProxy> {
  const target = new URL(targetUrl);
  const served: FaultyProxy['served'] = {
    pass: 0,
    drop: 0,
    delay: 0,
    'error-500': 0,
    'too-many': 0,
    'reset-after-store': 0,
    answer: 0,
  };
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let healed = false;
  let count = 0;
  // A forward outlives a client that gave up on it, so idle() counts forwards, not clients.
  let inFlight = 0;
  const settled = new Listeners<void>();
  const begin = () => void (inFlight += 1);
  const end = () => {
    inFlight -= 1;
    if (inFlight === 0) settled.emit();
  };

  const handle = (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const fault: Fault = healed ? { kind: 'pass' } : plan(count);
    count += 1;
    served[fault.kind] += 1;
    const send = (onAnswer: Parameters<typeof forward>[3], onError: () => void) => {
      begin();
      forward(
        target,
        req,
        body,
        (...answer) => {
          end();
          onAnswer(...answer);
        },
        () => {
          end();
          onError();
        },
      );
    };
    const relay = () =>
      send(
        (status, headers, answer) => res.writeHead(status, headers).end(answer),
        () => req.socket.destroy(),
      );
    switch (fault.kind) {
      case 'pass':
        return relay();
      case 'drop':
        return req.socket.destroy();
      case 'delay': {
        begin();
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!req.socket.destroyed) relay();
          else
            send(
              () => {},
              () => {},
            ); // the client left; the server still gets it
          end();
        }, fault.ms);
        timers.add(timer);
        return;
      }
      case 'error-500':
        return res.writeHead(500, { 'content-type': 'text/plain' }).end('injected failure');
      case 'too-many':
        return res.writeHead(429, { 'retry-after': fault.retryAfter }).end();
      case 'reset-after-store':
        return send(
          () => req.socket.resetAndDestroy(),
          () => req.socket.destroy(),
        );
      case 'answer':
        return res.writeHead(fault.answer.status, fault.answer.headers).end(fault.answer.body);
    }
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    served,
    heal: () => {
      healed = true;
    },
    idle: () =>
      inFlight === 0
        ? Promise.resolve()
        : new Promise((resolve) => {
            const off = settled.add(() => {
              off();
              resolve();
            });
          }),
    async close() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
