// A fleet service on a throw-away PostgreSQL cluster, with a technician and a viewer login, for
// the fleet tests and the bench.
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { Clock } from '../../src/core/clock';
import { hashPin } from '../../src/core/staff/pin-hash';
import { deviceKeyFromPkcs8, type DeviceKey } from '../../src/core/device/device-key';
import type { FleetKey } from '../../src/core/fleet/fleet-signature';
import { keyIdOf } from '../../src/core/records/record-signature';
import { signedPostHeaders } from '../../src/core/upload/signed-post-headers';
import type { Heartbeat } from '../../src/shared/fleet/heartbeat-schema';
import { startFleetServer, type RunningFleetServer } from '../../src/fleet/fleet-server';
import { startPostgres, type PostgresCluster } from './postgres-cluster';
import { CHEAP_PIN_COST } from './cheap-pin-cost';

/** A running fleet service and what tests do with it. */
export interface FleetFixture {
  readonly cluster: PostgresCluster;
  readonly fleet: RunningFleetServer;
  readonly fleetKey: FleetKey;
  readonly fleetPublicKey: KeyObject;
  /** Authorization headers of the two staff accounts. */
  readonly tech: string;
  readonly viewer: string;
  staff(auth: string, method: string, path: string, body?: unknown): Promise<Response>;
  /** Registers a kiosk by its device key (as a technician). */
  register(
    deviceId: string,
    key: DeviceKey,
    pointCode?: string,
    countyCode?: string,
  ): Promise<void>;
  close(): Promise<void>;
}

/** A new Ed25519 device key. */
export const newDeviceKey = (): DeviceKey =>
  deviceKeyFromPkcs8(
    generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }),
  );

/** The Authorization header of a staff login on the fleet service. */
export const basicAuth = (name: string, password: string) =>
  `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;

/** Starts PostgreSQL and the fleet service; scrypt at a low cost so logins stay fast in tests. */
export async function startFleetFixture(clock?: Clock): Promise<FleetFixture> {
  const cluster = await startPostgres();
  const pair = generateKeyPairSync('ed25519');
  const fleetKey = {
    privateKey: pair.privateKey,
    keyId: keyIdOf(pair.publicKey.export({ format: 'der', type: 'spki' })),
  };
  const fleet = await startFleetServer({
    databaseUrl: cluster.url,
    fleetKey,
    ...(clock ? { clock } : {}),
    staff: [
      {
        name: 'li.tech',
        role: 'technician',
        passwordHash: await hashPin('correct horse', CHEAP_PIN_COST),
      },
      {
        name: 'wang.view',
        role: 'viewer',
        passwordHash: await hashPin('battery staple', CHEAP_PIN_COST),
      },
    ],
  }).catch(async (error: unknown) => {
    await cluster.stop();
    throw error;
  });
  const tech = basicAuth('li.tech', 'correct horse');
  const staff = (auth: string, method: string, path: string, body?: unknown) =>
    fetch(`${fleet.url}${path}`, {
      method,
      headers: { authorization: auth, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return {
    cluster,
    fleet,
    fleetKey,
    fleetPublicKey: pair.publicKey,
    tech,
    viewer: basicAuth('wang.view', 'battery staple'),
    staff,
    async register(deviceId, key, pointCode = 'P3301', countyCode = 'C330106') {
      const response = await staff(tech, 'PUT', `/v1/kiosks/${deviceId}`, {
        publicKey: key.publicKeySpki.toString('base64'),
        pointCode,
        countyCode,
      });
      if (response.status !== 200) throw new Error(`registration answered ${response.status}`);
    },
    async close() {
      await fleet.close();
      await cluster.stop();
    },
  };
}

/** A plausible heartbeat of a healthy kiosk at `nowMs`, with fields overridden by `extra`. */
export function sampleHeartbeat(
  deviceId: string,
  nowMs: number,
  extra: Partial<Heartbeat> = {},
): Heartbeat {
  return {
    deviceId,
    sentAtMs: nowMs,
    appVersion: '0.1.0',
    uptimeS: 3600,
    reader: 'connected',
    camera: 'configured',
    queue: { depth: 2, oldestUnackedAgeS: 30, quarantined: 0 },
    today: { day: new Date(nowMs).toISOString().slice(0, 10), sessions: 5, passes: 4, failures: 1 },
    diskFreeBytes: 5e9,
    clockSkewMs: 120,
    lastAlarm: null,
    config: { appliedVersion: null, refused: null },
    ...extra,
  };
}

/** POSTs a heartbeat to a fleet service signed with `key`, as a kiosk does. */
export function postHeartbeat(
  fleetUrl: string,
  key: DeviceKey,
  beat: Heartbeat,
  nowMs: number,
): Promise<Response> {
  const url = `${fleetUrl}/v1/heartbeats`;
  const bytes = Buffer.from(JSON.stringify(beat));
  return fetch(url, {
    method: 'POST',
    headers: signedPostHeaders(url, bytes, key, nowMs),
    body: bytes,
  });
}
