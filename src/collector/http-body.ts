// Reading a request body with a size cap, for the collector and the fleet service.
import type { IncomingMessage } from 'node:http';

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
