// The fleet service against a real PostgreSQL cluster: signed heartbeats, staleness, staff logins
// and audit, configuration publications and staged releases.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../../src/core/manual-clock';
import type { DeviceKey } from '../../../src/core/device/device-key';
import { fleetVerify } from '../../../src/core/fleet/fleet-signature';
import { signedPostHeaders } from '../../../src/core/upload/signed-post-headers';
import { MIGRATIONS, migrate, schemaVersion } from '../../../src/fleet/fleet-migrations';
import type { RunningFleetServer } from '../../../src/fleet/fleet-server';
import { kioskState } from '../../../src/fleet/kiosk-state';
import { rolloutBucket } from '../../../src/fleet/staged-rollout';
import type { Heartbeat } from '../../../src/shared/fleet/heartbeat-schema';
import { heartbeatReplySchema } from '../../../src/shared/fleet/heartbeat-schema';
import {
  basicAuth,
  newDeviceKey,
  postHeartbeat,
  sampleHeartbeat,
  startFleetFixture,
  type FleetFixture,
} from '../../support/fleet-fixture';

const T0 = Date.parse('2026-12-01T08:00:00Z');
const clock = createManualClock(T0);
let fx: FleetFixture;
let fleet: RunningFleetServer;
let tech: string;
let viewer: string;
const staff = (auth: string, method: string, path: string, body?: unknown) =>
  fx.staff(auth, method, path, body);
const register = (deviceId: string, key: DeviceKey, pointCode?: string) =>
  fx.register(deviceId, key, pointCode);

const beat = (deviceId: string, extra: Partial<Heartbeat> = {}) =>
  sampleHeartbeat(deviceId, clock.now(), extra);

const sendBeat = (key: DeviceKey, body: Heartbeat) =>
  postHeartbeat(fleet.url, key, body, clock.now());

beforeAll(async () => {
  fx = await startFleetFixture(clock);
  ({ fleet, tech, viewer } = fx);
});

afterAll(async () => {
  await fx?.close();
});

describe('fleet service', () => {
  it('migrates a fresh database to the newest schema, and again is a no-op', async () => {
    const pool = new pg.Pool({ connectionString: fx.cluster.url });
    expect(await migrate(pool)).toBe(MIGRATIONS.length);
    const client = await pool.connect();
    expect(await schemaVersion(client)).toBe(MIGRATIONS.length);
    client.release();
    await pool.end();
  });

  it('stores a signed heartbeat and lists the kiosk with its figures', async () => {
    const key = newDeviceKey();
    await register('KIOSK-A1', key);
    const response = await sendBeat(key, beat('KIOSK-A1'));
    expect(response.status).toBe(200);
    const reply = heartbeatReplySchema.parse(await response.json());
    expect(reply.intervalS).toBe(60);
    const list = (await (await staff(viewer, 'GET', '/v1/kiosks?point=P3301')).json()) as {
      kiosks: Array<{ deviceId: string; heartbeat: Heartbeat }>;
    };
    const row = list.kiosks.find((k) => k.deviceId === 'KIOSK-A1');
    expect(row?.heartbeat.queue.depth).toBe(2);
  });

  it('refuses a heartbeat from an unregistered key, a forged body and a beat for another device', async () => {
    const key = newDeviceKey();
    expect((await sendBeat(key, beat('KIOSK-X9'))).status).toBe(401);
    await register('KIOSK-B1', key);
    const url = `${fleet.url}/v1/heartbeats`;
    const headers = signedPostHeaders(
      url,
      Buffer.from(JSON.stringify(beat('KIOSK-B1'))),
      key,
      clock.now(),
    );
    const forged = Buffer.from(JSON.stringify(beat('KIOSK-B1', { uptimeS: 1 })));
    const tampered = await fetch(url, { method: 'POST', headers, body: forged });
    expect(tampered.status).toBe(400);
    expect((await sendBeat(key, beat('KIOSK-A1'))).status).toBe(422);
    const bad = await sendBeat(key, { ...beat('KIOSK-B1'), name: '张三' } as unknown as Heartbeat);
    expect(bad.status).toBe(422);
  });

  it('marks a kiosk stale after three missed beats', async () => {
    const key = newDeviceKey();
    await register('KIOSK-C1', key);
    await sendBeat(key, beat('KIOSK-C1'));
    const rows = await fleet.store.listKiosks({});
    const row = rows.find((r) => r.deviceId === 'KIOSK-C1');
    if (!row) throw new Error('kiosk not listed');
    expect(kioskState(row, clock.now() + 179_000, 60)).toBe('ok');
    expect(kioskState(row, clock.now() + 181_000, 60)).toBe('stale');
    const reader = { ...row, heartbeat: { ...row.heartbeat!, reader: 'disconnected' as const } };
    expect(kioskState(reader, clock.now(), 60)).toBe('attention');
  });

  it('needs a login for staff routes, a technician to publish, and audits each publication', async () => {
    expect((await staff(basicAuth('li.tech', 'wrong'), 'GET', '/v1/kiosks')).status).toBe(401);
    const document = { version: 1, upload: { concurrency: 3 } };
    expect((await staff(viewer, 'POST', '/v1/configs', { scope: 'fleet', document })).status).toBe(
      403,
    );
    const published = await staff(tech, 'POST', '/v1/configs', { scope: 'fleet', document });
    expect(published.status).toBe(201);
    const { rows } = await fleet.store.pool.query(
      "SELECT staff, detail FROM audit WHERE action = 'config.publish' ORDER BY id DESC LIMIT 1",
    );
    expect(rows[0]).toMatchObject({ staff: 'li.tech', detail: { scope: 'fleet' } });
  });

  it('refuses to publish local-only settings and values outside the schema', async () => {
    const local = await staff(tech, 'POST', '/v1/configs', {
      scope: 'fleet',
      document: { version: 1, device: { id: 'KIOSK-ZZ9' } },
    });
    expect(local.status).toBe(422);
    expect(((await local.json()) as { detail: string }).detail).toContain('device.id');
    const range = await staff(tech, 'POST', '/v1/configs', {
      scope: 'fleet',
      document: { version: 1, upload: { concurrency: 99 } },
    });
    expect(range.status).toBe(422);
  });

  it('answers a beat with the merged fleet, point and kiosk layers signed with the fleet key, until applied', async () => {
    const key = newDeviceKey();
    await register('KIOSK-D1', key, 'P4401');
    await staff(tech, 'POST', '/v1/configs', {
      scope: 'point',
      target: 'P4401',
      document: { version: 1, ui: { volume: 0.5 } },
    });
    const own = await staff(tech, 'POST', '/v1/configs', {
      scope: 'kiosk',
      target: 'KIOSK-D1',
      document: { version: 1, face: { operatingPoint: 'far-1e-3' } },
    });
    const { version } = (await own.json()) as { version: number };
    const reply = heartbeatReplySchema.parse(await (await sendBeat(key, beat('KIOSK-D1'))).json());
    const verified = fleetVerify(reply.config!, fx.fleetPublicKey);
    expect(verified.ok && verified.value).toMatchObject({
      version,
      deviceId: 'KIOSK-D1',
      document: {
        upload: { concurrency: 3 },
        ui: { volume: 0.5 },
        face: { operatingPoint: 'far-1e-3' },
      },
    });
    const applied = beat('KIOSK-D1', { config: { appliedVersion: version, refused: null } });
    const after = heartbeatReplySchema.parse(await (await sendBeat(key, applied)).json());
    expect(after.config).toBeNull();
  });

  it('offers a release only to kiosks inside its rollout percentage', async () => {
    const inside = newDeviceKey();
    const outside = newDeviceKey();
    const ids = Array.from({ length: 40 }, (_, i) => `KIOSK-R${i}`);
    const low = ids.find((id) => rolloutBucket(id) < 30)!;
    const high = ids.find((id) => rolloutBucket(id) >= 30)!;
    await register(low, inside);
    await register(high, outside);
    const release = {
      version: '0.2.0',
      url: 'https://updates.example/kiosk/',
      sha512: 'c2hhNTEy',
      percentage: 30,
    };
    expect((await staff(tech, 'POST', '/v1/releases', release)).status).toBe(201);
    const offered = heartbeatReplySchema.parse(await (await sendBeat(inside, beat(low))).json());
    expect(offered.update?.payload).toEqual({
      version: '0.2.0',
      url: release.url,
      sha512: 'c2hhNTEy',
    });
    const notOffered = heartbeatReplySchema.parse(
      await (await sendBeat(outside, beat(high))).json(),
    );
    expect(notOffered.update).toBeNull();
  });
});
