// The fleet service on node:http: heartbeats signed by device keys, staff routes behind Basic
// logins. Stateless apart from PostgreSQL, so several can run behind a load balancer.
import { createServer, type ServerResponse } from 'node:http';
import { systemClock, type Clock } from '../core/clock';
import type { FleetKey } from '../core/fleet/fleet-signature';
import { silentLogger, type Logger } from '../core/log/logger';
import { failRequest, flatHeaders, listen, readBody } from '../collector/http-plumbing';
import { sendProblem } from '../collector/problem-response';
import { openFleetStore, type FleetStore } from './fleet-store';
import { acceptHeartbeat } from './heartbeat-intake';
import { staffRoutes, type StaffAnswer } from './fleet-routes';
import { createStaffAuth, type StaffAccount } from './staff-auth';

/** How to start the fleet service. */
export interface FleetServerOptions {
  /** PostgreSQL connection string. */
  readonly databaseUrl: string;
  readonly fleetKey: FleetKey;
  readonly staff: readonly StaffAccount[];
  /** 0 picks a free port. */
  readonly port?: number;
  readonly host?: string;
  /** The beat interval the service asks for (s). */
  readonly intervalS?: number;
  readonly maxConnections?: number;
  readonly clock?: Clock;
  readonly logger?: Logger;
}

/** A running fleet service. */
export interface RunningFleetServer {
  readonly url: string;
  readonly store: FleetStore;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 256 * 1024;

function answer(res: ServerResponse, result: StaffAnswer): void {
  if (result.kind === 'html') {
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      .end(result.html);
    return;
  }
  res
    .writeHead(result.status, { 'content-type': 'application/json' })
    .end(JSON.stringify(result.body));
}

/** Starts the fleet service: migrates the database, then listens. */
export async function startFleetServer(options: FleetServerOptions): Promise<RunningFleetServer> {
  const store = await openFleetStore(options.databaseUrl, options.maxConnections);
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  const now = () => clock.now();
  const intervalS = options.intervalS ?? 60;
  const login = createStaffAuth(options.staff, now);
  const routes = staffRoutes(store, now, intervalS);
  const intake = { store, fleetKey: options.fleetKey, now, intervalS };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fleet.invalid');
    const path = url.pathname;
    const handle = async () => {
      if (path === '/healthz') return void res.writeHead(200).end('ok');
      if (path === '/v1/heartbeats') {
        if (req.method !== 'POST') return sendProblem(res, path, { type: 'method-not-allowed' });
        const body = await readBody(req, MAX_BODY_BYTES);
        const targetUri = `http://${req.headers.host ?? ''}${req.url ?? ''}`;
        const result = await acceptHeartbeat(intake, {
          targetUri,
          headers: flatHeaders(req),
          body,
        });
        if (!result.ok) {
          logger.log('warn', 'fleet.heartbeat-refused', { problem: result.error.type });
          return sendProblem(res, path, result.error);
        }
        return answer(res, { kind: 'json', status: 200, body: result.value });
      }
      const staff = await login(req.headers.authorization);
      if (!staff) return sendProblem(res, path, { type: 'staff-login-required' });
      const kiosk = /^\/v1\/kiosks\/([^/]+)$/.exec(path);
      let result;
      if (path === '/fleet' && req.method === 'GET') result = await routes.page(url.searchParams);
      else if (path === '/v1/kiosks' && req.method === 'GET')
        result = await routes.listKiosks(url.searchParams);
      else if (kiosk && req.method === 'PUT')
        result = await routes.registerKiosk(
          staff,
          decodeURIComponent(kiosk[1] ?? ''),
          await readBody(req, MAX_BODY_BYTES),
        );
      else if (path === '/v1/configs' && req.method === 'POST')
        result = await routes.publishConfig(staff, await readBody(req, MAX_BODY_BYTES));
      else if (path === '/v1/releases' && req.method === 'POST')
        result = await routes.publishRelease(staff, await readBody(req, MAX_BODY_BYTES));
      else return sendProblem(res, path, { type: 'not-found' });
      if ('ok' in result) {
        if (!result.ok) return sendProblem(res, path, result.error);
        return answer(res, result.value);
      }
      return answer(res, result);
    };
    handle().catch((error: unknown) =>
      failRequest(res, path, error, (errorName) =>
        logger.log('error', 'fleet.failed', { error: errorName }),
      ),
    );
  });
  const http = await listen(server, options.port ?? 0, options.host ?? '127.0.0.1');
  return {
    url: http.url,
    store,
    async close() {
      await http.close();
      await store.close();
    },
  };
}
