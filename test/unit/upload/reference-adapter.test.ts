import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { getEventListeners } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createManualClock } from '../../../src/core/manual-clock';
import { verifyContentDigest } from '../../../src/core/upload/content-digest';
import {
  createReferenceAdapter,
  recordsUrl,
} from '../../../src/core/upload/platforms/reference/reference-adapter';
import { verifyRequestSignature } from '../../../src/core/upload/request-signature';
import { createTestDeviceKey, testEnvelope } from '../../support/upload-records';

type Reply = (req: IncomingMessage, res: ServerResponse, body: Buffer) => void;

const NOW = Date.parse('2026-11-25T10:00:00Z');
const key = createTestDeviceKey();
const envelope = testEnvelope(key, NOW);
let reply: Reply = (_req, res) => res.end();
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    res.sendDate = false; // the tests that want a Date header send their own
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => reply(req, res, Buffer.concat(chunks)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const adapter = (timeoutMs = 5_000) =>
  createReferenceAdapter({
    endpoint: base,
    keyId: key.keyId,
    privateKey: key.privateKey,
    clock: createManualClock(NOW),
    timeoutMs,
  });
const send = (timeoutMs?: number, signal = new AbortController().signal) =>
  adapter(timeoutMs).send(envelope.record.recordId, envelope, signal);
/** The API's receipt for the envelope sent (docs/openapi.yaml, `Receipt`). */
const receipt = JSON.stringify({ recordId: envelope.record.recordId, recordHash: 'a'.repeat(64) });
const answer =
  (status: number, headers: Record<string, string> = {}, body = ''): Reply =>
  (_req, res) => {
    res.writeHead(status, headers).end(body);
  };

describe('reference adapter', () => {
  it('sends a signed, digested POST with the record id as Idempotency-Key', async () => {
    let seen: { req: IncomingMessage; body: Buffer } | undefined;
    reply = (req, res, body) => {
      seen = { req, body };
      res.writeHead(201).end(receipt);
    };
    expect(await send()).toMatchObject({ kind: 'stored' });
    const { req, body } = seen!;
    expect(req.method).toBe('POST');
    expect(req.url).toBe('/v1/records');
    expect(req.headers['idempotency-key']).toBe(envelope.record.recordId);
    expect(req.headers['content-type']).toBe('application/json');
    expect(JSON.parse(body.toString('utf8'))).toEqual(envelope);
    expect(verifyContentDigest(req.headers['content-digest'] as string, body).ok).toBe(true);
    const values = {
      '@method': 'POST',
      '@target-uri': recordsUrl(base),
      'content-digest': req.headers['content-digest'] as string,
    };
    const verified = verifyRequestSignature(
      values,
      {
        signatureInput: req.headers['signature-input'] as string,
        signature: req.headers.signature as string,
      },
      (id) => (id === key.keyId ? key.privateKey : undefined),
    );
    expect(verified).toEqual({
      ok: true,
      value: { created: NOW / 1000, keyId: key.keyId, alg: 'ed25519' },
    });
  });

  it('joins the records path to a base with or without a trailing slash or path', () => {
    expect(recordsUrl('http://127.0.0.1:9/')).toBe('http://127.0.0.1:9/v1/records');
    expect(recordsUrl('http://127.0.0.1:9/platform')).toBe(
      'http://127.0.0.1:9/platform/v1/records',
    );
  });

  it.each([
    [201, { kind: 'stored' }],
    [200, { kind: 'already-stored' }],
    [202, { kind: 'stored' }],
    [204, { kind: 'retry-later', reason: 'invalid-receipt' }],
    [401, { kind: 'unauthorized' }],
    [500, { kind: 'retry-later', reason: 'http-500' }],
    [502, { kind: 'retry-later', reason: 'http-502' }],
    [408, { kind: 'retry-later', reason: 'http-408' }],
    [302, { kind: 'retry-later', reason: 'http-302' }],
  ])('maps HTTP %i to %j', async (status, expected) => {
    reply = answer(status, status === 302 ? { location: '/elsewhere' } : {}, receipt);
    expect(await send()).toEqual(expected);
  });

  it.each([
    ['a body that is not JSON', '{"ok": "maybe", "garbage": [1,2'],
    ['an empty body', ''],
    ['a receipt for another record', JSON.stringify({ recordId: 'another', recordHash: '0' })],
  ])(
    'acknowledges nothing when a 2xx carries %s, and keeps the record for later',
    async (_what, body) => {
      // A wrong URL or a captive portal answers 200 to anything: the record must not be dropped.
      reply = answer(200, { 'content-type': 'application/json' }, body);
      expect(await send()).toEqual({ kind: 'retry-later', reason: 'invalid-receipt' });
    },
  );

  it('honours Retry-After in seconds and as an HTTP-date', async () => {
    reply = answer(429, { 'retry-after': '7' });
    expect(await send()).toEqual({ kind: 'retry-later', reason: 'http-429', afterMs: 7000 });
    reply = answer(503, { 'retry-after': 'Wed, 25 Nov 2026 10:01:00 GMT' });
    expect(await send()).toEqual({ kind: 'retry-later', reason: 'http-503', afterMs: 60_000 });
  });

  it('reads a problem+json rejection, including 409 conflicts', async () => {
    const problem = {
      type: 'https://platform.example/problems/invalid-record',
      title: 'Record schema invalid',
      status: 422,
    };
    reply = answer(422, { 'content-type': 'application/problem+json' }, JSON.stringify(problem));
    expect(await send()).toEqual({
      kind: 'rejected',
      rejection: { status: 422, problemType: problem.type, title: problem.title },
    });
    reply = answer(409, { 'content-type': 'text/plain' }, 'conflict');
    expect(await send()).toEqual({ kind: 'rejected', rejection: { status: 409 } });
    reply = answer(400, { 'content-type': 'application/problem+json' }, '{not json');
    expect(await send()).toEqual({ kind: 'rejected', rejection: { status: 400 } });
  });

  it('reports the server clock difference from the Date header', async () => {
    reply = answer(201, { date: 'Wed, 25 Nov 2026 10:10:00 GMT' }, receipt);
    expect(await send()).toEqual({ kind: 'stored', skewMs: 600_500 });
  });

  it('turns a dropped connection into a network error', async () => {
    reply = (req) => req.socket.destroy();
    expect(await send()).toEqual({ kind: 'network-error', cause: 'connection' });
  });

  it('tells a timeout from a shutdown abort', async () => {
    let arrived!: () => void;
    const received = new Promise<void>((resolve) => (arrived = resolve));
    reply = () => arrived(); // never answers
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const timedOut = send(30_000);
      await received;
      await vi.advanceTimersByTimeAsync(30_000);
      expect(await timedOut).toEqual({ kind: 'network-error', cause: 'timeout' });
    } finally {
      vi.useRealTimers();
    }
    const controller = new AbortController();
    const pending = send(60_000, controller.signal);
    controller.abort();
    expect(await pending).toEqual({ kind: 'network-error', cause: 'aborted' });
  });

  it('leaves nothing attached to the uploader signal once a request has ended', async () => {
    const uploaderSignal = new AbortController().signal;
    reply = answer(201, {}, receipt);
    expect(await send(5_000, uploaderSignal)).toEqual({ kind: 'stored' });
    reply = (req) => req.socket.destroy();
    expect(await send(5_000, uploaderSignal)).toEqual({
      kind: 'network-error',
      cause: 'connection',
    });
    expect(getEventListeners(uploaderSignal, 'abort')).toEqual([]);
  });

  it('reports a refused connection as a network error', async () => {
    const closed = createReferenceAdapter({
      endpoint: 'http://127.0.0.1:1',
      keyId: key.keyId,
      privateKey: key.privateKey,
      clock: createManualClock(NOW),
    });
    expect(
      await closed.send(envelope.record.recordId, envelope, new AbortController().signal),
    ).toEqual({ kind: 'network-error', cause: 'connection' });
  });
});
