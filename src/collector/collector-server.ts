// The reference receiver of the upload API on node:http, bound to 127.0.0.1: used by the demo,
// the tests and as a model for platform teams (docs/upload-api.md).
import { createServer } from 'node:http';
import { systemClock, type Clock } from '../core/clock';
import { silentLogger, type Logger } from '../core/log/logger';
import { openCollectorDb, type CollectorDb, type RegisteredKey } from './collector-db';
import { registerDeviceKey } from './key-registration';
import { failRequest, flatHeaders, listen, readBody } from './http-plumbing';
import { sendProblem } from './problem-response';
import { createReceiverStore } from './receiver-store';
import { acceptRecord } from './record-intake';

/** How to start a collector. */
export interface CollectorOptions {
  /** SQLite file, or ':memory:'. */
  readonly dbPath: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /** Device keys to register before listening (added to those already in the database). */
  readonly keys?: readonly RegisteredKey[];
  readonly maxBodyBytes?: number;
  readonly clock?: Clock;
  readonly logger?: Logger;
}

/** A running collector. */
export interface RunningCollector {
  /** Base URL, e.g. http://127.0.0.1:40123 (records go to `${url}/v1/records`). */
  readonly url: string;
  readonly db: CollectorDb;
  close(): Promise<void>;
}

/** Starts the collector on 127.0.0.1. */
export async function startCollector(options: CollectorOptions): Promise<RunningCollector> {
  const db = openCollectorDb(options.dbPath);
  for (const key of options.keys ?? []) registerDeviceKey(db, key.publicKey, key.keyId);
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  const maxBodyBytes = options.maxBodyBytes ?? 8 * 1024 * 1024;
  const receiver = createReceiverStore(db);

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const handle = async () => {
      const match = /^\/v1\/records\/([0-9a-f-]{36})$/.exec(path);
      if (match && req.method === 'GET') {
        const record = db.getRecord(match[1] ?? '');
        if (!record) return sendProblem(res, path, { type: 'not-found' });
        res.writeHead(200, { 'content-type': 'application/json' }).end(record.envelopeJson);
        return;
      }
      if (path !== '/v1/records') return sendProblem(res, path, { type: 'not-found' });
      if (req.method !== 'POST') return sendProblem(res, path, { type: 'method-not-allowed' });
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return sendProblem(res, path, { type: 'unsupported-media-type' });
      }
      const body = await readBody(req, maxBodyBytes);
      const headers = flatHeaders(req);
      const result = await acceptRecord(receiver, {
        targetUri: `http://${req.headers.host ?? ''}${req.url ?? ''}`,
        headers,
        body,
        receivedAtMs: clock.now(),
      });
      if (!result.ok) {
        logger.log('warn', 'collector.refused', { problem: result.error.type });
        return sendProblem(res, path, result.error);
      }
      logger.log('info', 'collector.accepted', {
        recordId: result.value.recordId,
        status: result.value.status,
      });
      res.writeHead(result.value.status, {
        'content-type': 'application/json',
        location: `/v1/records/${result.value.recordId}`,
      });
      res.end(
        JSON.stringify({ recordId: result.value.recordId, recordHash: result.value.recordHash }),
      );
    };
    handle().catch((error: unknown) =>
      failRequest(res, path, error, (errorName) =>
        logger.log('error', 'collector.failed', { error: errorName }),
      ),
    );
  });
  const http = await listen(server, options.port ?? 0, '127.0.0.1');
  return {
    url: http.url,
    db,
    async close() {
      await http.close();
      db.close();
    },
  };
}
