// The kiosk's fleet agent against the real fleet service on PostgreSQL: health beats without
// personal data, remote configuration verified, gated, applied when idle, rolled back on a failed
// self-test, and beats that simply resume after the service was away.
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../../src/core/clock';
import { readLayerFile } from '../../../src/core/device/config-loader';
import type { DeviceKey } from '../../../src/core/device/device-key';
import { startFleetAgent, type FleetAgent } from '../../../src/core/fleet/fleet-agent';
import { fleetLayerPaths } from '../../../src/core/fleet/fleet-layer-file';
import type { HeartbeatHealth } from '../../../src/core/fleet/heartbeat-snapshot';
import { createMemoryLogger } from '../../../src/core/log/logger';
import { DEFAULT_CONFIG } from '../../../src/shared/config/config-defaults';
import type { KioskConfig } from '../../../src/shared/config/config-schema';
import { heartbeatSchema } from '../../../src/shared/fleet/heartbeat-schema';
import { newDeviceKey, startFleetFixture, type FleetFixture } from '../../support/fleet-fixture';

let fx: FleetFixture;
let dir: string;
const agents: FleetAgent[] = [];
const neverFires = { setTimeout: () => 0, clearTimeout: () => undefined };
const health: HeartbeatHealth = {
  appVersion: '0.1.0',
  uptimeS: 60,
  reader: 'connected',
  camera: 'configured',
  queue: { depth: 0, oldestUnackedAgeS: null, quarantined: 0 },
  today: { day: '2026-12-06', sessions: 3, passes: 3, failures: 0 },
  diskFreeBytes: 4e9,
};

interface KioskUnderTest {
  agent: FleetAgent;
  applied: KioskConfig[];
  setIdle(idle: boolean): void;
  localPath: string;
}

async function kiosk(
  deviceId: string,
  options: { site?: object; trusted?: DeviceKey['privateKey']; selfTest?: boolean } = {},
): Promise<KioskUnderTest> {
  const key = newDeviceKey();
  await fx.register(deviceId, key, 'P5501');
  const localPath = join(dir, `${deviceId}.json`);
  writeFileSync(
    localPath,
    JSON.stringify({ version: 1, device: { id: deviceId, pointCode: 'P5501' } }),
  );
  const sitePath = join(dir, `${deviceId}.site.json`);
  writeFileSync(sitePath, JSON.stringify({ version: 1, ...options.site }));
  const applied: KioskConfig[] = [];
  let idle = true;
  const agent = await startFleetAgent({
    endpoint: fx.fleet.url,
    deviceId,
    trustedKey: options.trusted ?? fx.fleetPublicKey,
    deviceKey: key,
    intervalS: 60,
    clock: systemClock,
    timers: neverFires,
    logger: createMemoryLogger(),
    health: () => health,
    isIdle: () => idle,
    localPath,
    layers: async () => ({
      site: await readLayerFile(sitePath),
      local: await readLayerFile(localPath),
    }),
    selfTest: async () => options.selfTest ?? true,
    apply: (config) => applied.push(config),
  });
  agents.push(agent);
  return { agent, applied, setIdle: (value) => (idle = value), localPath };
}

async function publish(target: string, document: object): Promise<number> {
  const response = await fx.staff(fx.tech, 'POST', '/v1/configs', {
    scope: 'kiosk',
    target,
    document: { version: 1, ...document },
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { version: number }).version;
}

async function row(deviceId: string) {
  const rows = await fx.fleet.store.listKiosks({ point: 'P5501' });
  const found = rows.find((r) => r.deviceId === deviceId);
  if (!found) throw new Error(`${deviceId} not listed`);
  return found;
}

beforeAll(async () => {
  fx = await startFleetFixture();
  dir = mkdtempSync(join(tmpdir(), 'fleet-agent-'));
});
afterEach(() => {
  for (const agent of agents.splice(0)) agent.stop();
});
afterAll(async () => {
  await fx?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('fleet agent', () => {
  it('beats with health figures only, in the heartbeat schema', async () => {
    const { agent } = await kiosk('KIOSK-H1');
    await agent.beat();
    const stored = (await row('KIOSK-H1')).heartbeat;
    expect(heartbeatSchema.parse(stored)).toMatchObject({
      deviceId: 'KIOSK-H1',
      today: { sessions: 3 },
    });
  });

  it('applies a published configuration at the next idle moment and reports its version', async () => {
    const k = await kiosk('KIOSK-H2');
    k.setIdle(false);
    const version = await publish('KIOSK-H2', { upload: { concurrency: 6 } });
    await k.agent.beat();
    expect(k.applied).toHaveLength(0);
    k.setIdle(true);
    await k.agent.idle();
    expect(k.applied[0]?.upload.concurrency).toBe(6);
    expect(k.applied[0]?.device.id).toBe('KIOSK-H2');
    const stored = JSON.parse(readFileSync(fleetLayerPaths(k.localPath).current, 'utf8'));
    expect(stored.fleetVersion).toBe(version);
    await k.agent.beat();
    expect((await row('KIOSK-H2')).configApplied).toBe(version);
  });

  it('refuses an identity-assurance change unless the site policy allows it', async () => {
    const strict = await kiosk('KIOSK-H3');
    const refusedVersion = await publish('KIOSK-H3', { face: { livenessLevel: 'low' } });
    await strict.agent.beat();
    await strict.agent.beat();
    expect(strict.applied).toHaveLength(0);
    expect((await row('KIOSK-H3')).configRefused).toEqual({
      version: refusedVersion,
      reason: 'not-allowed',
    });
    const lenient = await kiosk('KIOSK-H4', { site: { fleet: { remoteIdentityAssurance: true } } });
    await publish('KIOSK-H4', { face: { livenessLevel: 'high' } });
    await lenient.agent.beat();
    expect(lenient.applied[0]?.face.livenessLevel).toBe('high');
  });

  it('refuses a configuration not signed by the fleet key it was provisioned with', async () => {
    const other = generateKeyPairSync('ed25519').publicKey;
    const k = await kiosk('KIOSK-H5', { trusted: other });
    const version = await publish('KIOSK-H5', { ui: { volume: 0.3 } });
    await k.agent.beat();
    await k.agent.beat();
    expect(k.applied).toHaveLength(0);
    expect((await row('KIOSK-H5')).configRefused).toEqual({ version, reason: 'bad-signature' });
  });

  it('rolls back to the previous layer when the self-test fails', async () => {
    const k = await kiosk('KIOSK-H6');
    const first = await publish('KIOSK-H6', { ui: { volume: 0.4 } });
    await k.agent.beat();
    expect(k.applied).toHaveLength(1);
    const failing = await kiosk('KIOSK-H6', { selfTest: false });
    const second = await publish('KIOSK-H6', { ui: { volume: 0.9 } });
    await failing.agent.beat();
    expect(failing.applied).toHaveLength(0);
    const inForce = JSON.parse(readFileSync(fleetLayerPaths(k.localPath).current, 'utf8'));
    expect(inForce).toMatchObject({ fleetVersion: first, document: { ui: { volume: 0.4 } } });
    await failing.agent.beat();
    expect(await row('KIOSK-H6')).toMatchObject({
      configApplied: first,
      configRefused: { version: second, reason: 'self-test' },
    });
  });

  it('skips beats while the service is unreachable and resumes afterwards', async () => {
    const key = newDeviceKey();
    await fx.register('KIOSK-H7', key, 'P5501');
    const logger = createMemoryLogger();
    const localPath = join(dir, 'KIOSK-H7.json');
    const common = {
      deviceId: 'KIOSK-H7',
      trustedKey: fx.fleetPublicKey,
      deviceKey: key,
      intervalS: 60,
      clock: systemClock,
      timers: neverFires,
      logger,
      health: () => health,
      isIdle: () => true,
      localPath,
      layers: async () => ({ site: null, local: null }),
      selfTest: async () => true,
      apply: () => undefined,
    };
    const offline = await startFleetAgent({ ...common, endpoint: 'http://127.0.0.1:9' });
    agents.push(offline);
    await offline.beat();
    expect(logger.lines.some((l) => l.event === 'fleet.beat-failed')).toBe(true);
    const online = await startFleetAgent({ ...common, endpoint: fx.fleet.url });
    agents.push(online);
    await online.beat();
    expect((await row('KIOSK-H7')).heartbeat?.deviceId).toBe('KIOSK-H7');
  });

  it('keeps the default configuration free of any fleet until provisioned', () => {
    expect(DEFAULT_CONFIG.fleet).toMatchObject({ endpoint: null, remoteIdentityAssurance: false });
  });
});
