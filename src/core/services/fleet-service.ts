/** The fleet agent as the kiosk runs it: its health from the console's sources, its changes through the configuration files. */
import type { ConfigFiles } from '../device/config-loader';
import type { KioskConfig } from '../../shared/config/config-schema';
import type { DeviceStatus, QueueStatus, TodayStats } from '../../shared/kiosk-api/device-status';
import type { KioskEvent } from '../../shared/kiosk-api/events';
import type { Clock, Timers } from '../clock';
import { readLayerFile } from '../device/config-loader';
import type { DeviceKey } from '../device/device-key';
import { remoteConfigSelfTest } from '../fleet/config-self-test';
import { startFleetAgent, type FleetAgent } from '../fleet/fleet-agent';
import { heartbeatHealth } from '../fleet/heartbeat-snapshot';
import { idleGate, type UpdateOfferHandler } from '../fleet/update-offer';
import type { Logger } from '../log/logger';
import { parseEd25519PublicKey } from '../records/record-signature';

/** What the kiosk hands the fleet service. */
export interface FleetServiceDeps {
  readonly config: () => KioskConfig;
  readonly setConfig: (config: KioskConfig) => void;
  readonly configPaths: ConfigFiles | null;
  readonly deviceKey: DeviceKey;
  /** The operating points of the loaded calibration: a remote configuration must name one of them. */
  readonly operatingPoints: readonly string[];
  readonly clock: Clock;
  readonly timers: Timers;
  readonly logger: Logger;
  readonly appVersion: string;
  readonly status: () => DeviceStatus;
  readonly queue: () => QueueStatus;
  readonly today: () => TodayStats;
  readonly sessionIdle: () => boolean;
  readonly subscribe: (listener: (event: KioskEvent) => void) => () => void;
  readonly offerUpdate?: UpdateOfferHandler;
}

/** Starts the agent when the kiosk has a fleet endpoint, its key, an identity and a local config file; else null. */
export async function startFleetService(deps: FleetServiceDeps): Promise<FleetAgent | null> {
  const { fleet, device } = deps.config();
  const trustedKey = fleet.publicKey ? parseEd25519PublicKey(fleet.publicKey) : null;
  if (!fleet.endpoint || !trustedKey || !device.id || !deps.configPaths) return null;
  const paths = deps.configPaths;
  const startedAtMs = deps.clock.now();
  const idle = idleGate(deps.sessionIdle, (listener) =>
    deps.subscribe((event) => {
      if (event.name === 'session.state' && event.payload.state === 'idle') listener();
    }),
  );
  const { offerUpdate } = deps;
  const agent = await startFleetAgent({
    endpoint: fleet.endpoint,
    deviceId: device.id,
    trustedKey,
    deviceKey: deps.deviceKey,
    intervalS: fleet.heartbeatIntervalS,
    clock: deps.clock,
    timers: deps.timers,
    logger: deps.logger,
    health: () =>
      heartbeatHealth({
        status: deps.status(),
        queue: deps.queue(),
        today: deps.today(),
        appVersion: deps.appVersion,
        startedAtMs,
        nowMs: deps.clock.now(),
      }),
    isIdle: deps.sessionIdle,
    localPath: paths.localPath,
    layers: async () => ({
      site: paths.sitePolicyPath ? await readLayerFile(paths.sitePolicyPath) : null,
      local: await readLayerFile(paths.localPath),
    }),
    selfTest: (next) =>
      remoteConfigSelfTest(next, deps.config(), {
        clock: deps.clock,
        operatingPoints: deps.operatingPoints,
      }),
    apply: deps.setConfig,
    ...(offerUpdate ? { offerUpdate: (offer) => offerUpdate(offer, idle) } : {}),
  });
  const unsubscribe = deps.subscribe((event) => {
    if (event.name === 'alarm') agent.alarm(event.payload);
    if (event.name === 'session.state' && event.payload.state === 'idle') void agent.idle();
  });
  return {
    ...agent,
    stop() {
      unsubscribe();
      agent.stop();
    },
  };
}
