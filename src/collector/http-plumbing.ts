// HTTP plumbing shared by the collector and the fleet service: capped bodies, flat headers,
// the answer to a handler that threw, listening and closing.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendProblem } from './problem-response';

/** The body went past the cap: answered with 413 and the connection closed. */
export class BodyTooLarge extends Error {
  override name = 'BodyTooLarge';
}

/** Reads the whole body, throwing BodyTooLarge past `maxBytes`. */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Request headers as single strings (repeated headers joined), as the signature checks read them. */
export function flatHeaders(req: IncomingMessage): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]),
  );
}

/** Ends a request whose handler threw: 413 for an oversized body, else 500 (or a cut connection). */
export function failRequest(
  res: ServerResponse,
  path: string,
  error: unknown,
  log: (errorName: string) => void,
): void {
  if (error instanceof BodyTooLarge)
    return sendProblem(res.setHeader('connection', 'close'), path, { type: 'payload-too-large' });
  log(error instanceof Error ? error.name : 'unknown');
  if (!res.headersSent) res.writeHead(500).end();
  else res.destroy();
}

/** Listens on host:port (0 picks a free port); resolves to the base URL and a close that cuts open connections. */
export async function listen(
  server: Server,
  port: number,
  host: string,
): Promise<{ url: string; close(): Promise<void> }> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
