// The reference receiver for national-standard platforms on node:http, bound to 127.0.0.1: a peer
// for integrators and for our tests. Every answer is HTTP 200 with `{code, message, data}`, as the
// platforms answer; the code says what happened.
import { createServer, type ServerResponse } from 'node:http';
import { systemClock, type Clock } from '../../core/clock';
import { silentLogger, type Logger } from '../../core/log/logger';
import type { PlatformCredentials } from '../../core/upload/platforms/platform-credentials';
import {
  NATIONAL_STANDARD_DEFAULTS,
  STANDARD_ANSWER_CODES,
} from '../../shared/config/upload-platform-schema';
import { openCollectorDb } from '../collector-db';
import type { RunningCollector } from '../collector-server';
import { BodyTooLarge, listen, readBody } from '../http-plumbing';
import { createReceiverStore } from '../receiver-store';
import {
  acceptStandardRequest,
  type StandardIntakeOptions,
  type StandardReply,
} from './standard-intake';

/** How to start the receiver. */
export interface StandardReceiverOptions {
  /** SQLite file, or ':memory:'. */
  readonly dbPath: string;
  readonly port?: number;
  readonly integrators: readonly PlatformCredentials[];
  readonly cipher?: StandardIntakeOptions['cipher'];
  /** How far the request timestamp may be from our clock (±6 minutes by default). */
  readonly windowMs?: number;
  readonly photoMaxBytes?: number;
  readonly maxBodyBytes?: number;
  readonly clock?: Clock;
  readonly logger?: Logger;
}

const send = (res: ServerResponse, answer: StandardReply) =>
  res
    .writeHead(200, { 'content-type': 'application/json;charset=utf-8' })
    .end(JSON.stringify(answer));

/** Starts the national-standard receiver on 127.0.0.1; records are posted to its base URL. */
export async function startStandardReceiver(
  options: StandardReceiverOptions,
): Promise<RunningCollector> {
  const db = openCollectorDb(options.dbPath);
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  const { mode, padding, output } = NATIONAL_STANDARD_DEFAULTS.idNumberCipher;
  const intake: StandardIntakeOptions = {
    integrators: new Map(options.integrators.map((c) => [c.api_key, c])),
    cipher: options.cipher ?? { mode, padding, output },
    windowMs: options.windowMs ?? 6 * 60_000,
    photoMaxBytes: options.photoMaxBytes ?? NATIONAL_STANDARD_DEFAULTS.photo.maxBytes,
  };
  const maxBodyBytes = options.maxBodyBytes ?? 8 * 1024 * 1024;
  const receiver = createReceiverStore(db);

  const server = createServer((req, res) => {
    const handle = async () => {
      if (req.method !== 'POST') {
        res.writeHead(405, { allow: 'POST' }).end();
        return;
      }
      const body = await readBody(req, maxBodyBytes);
      const query = new URL(req.url ?? '/', 'http://receiver').searchParams;
      const answer = await acceptStandardRequest(receiver, intake, {
        query,
        body: body.toString('utf8'),
        receivedAtMs: clock.now(),
      });
      logger.log('info', 'collector.answered', { code: answer.code });
      send(res, answer);
    };
    handle().catch((error: unknown) => {
      if (error instanceof BodyTooLarge) {
        res.setHeader('connection', 'close');
        return send(res, {
          code: STANDARD_ANSWER_CODES.fieldRejected,
          message: 'body too large',
          data: null,
        });
      }
      logger.log('error', 'collector.failed', {
        error: error instanceof Error ? error.name : 'unknown',
      });
      if (!res.headersSent)
        send(res, { code: STANDARD_ANSWER_CODES.busy, message: 'internal error', data: null });
      else res.destroy();
    });
  });
  const http = await listen(server, options.port ?? 0, '127.0.0.1');
  return {
    url: `${http.url}/`,
    db,
    async close() {
      await http.close();
      db.close();
    },
  };
}
