// The kiosk's side of the fleet: a signed heartbeat every interval, remote configuration checked
// and applied at the next idle moment (rolled back when its self-test fails), update offers
// passed on after their fleet signature checks. Offline, beats are simply skipped: nothing queues.
import type { KeyObject } from 'node:crypto';
import type { ConfigLayer } from '../../shared/config/config-layers';
import type { KioskConfig } from '../../shared/config/config-schema';
import type { Heartbeat, SignedUpdate } from '../../shared/fleet/heartbeat-schema';
import type { Alarm } from '../../shared/kiosk-api/device-status';
import type { Clock, Timers } from '../clock';
import type { DeviceKey } from '../device/device-key';
import type { Logger } from '../log/logger';
import {
  commitFleetLayer,
  fleetLayerPaths,
  readFleetLayer,
  rollBackFleetLayer,
} from './fleet-layer-file';
import { fleetVerify } from './fleet-signature';
import type { HeartbeatHealth } from './heartbeat-snapshot';
import { sendHeartbeat } from './heartbeat-sender';
import {
  checkRemoteConfig,
  claimedVersion,
  type AcceptedRemoteConfig,
} from './remote-config-check';

/** What the agent works with. */
export interface FleetAgentOptions {
  readonly endpoint: string;
  readonly deviceId: string;
  /** The fleet public key from the configuration. */
  readonly trustedKey: KeyObject;
  readonly deviceKey: Pick<DeviceKey, 'keyId' | 'privateKey'>;
  readonly intervalS: number;
  readonly clock: Clock;
  readonly timers: Timers;
  readonly logger: Logger;
  readonly health: () => HeartbeatHealth;
  /** True when no session is running, so a new configuration cannot change one halfway. */
  readonly isIdle: () => boolean;
  /** The local overrides file; the fleet layer lives beside it. */
  readonly localPath: string;
  readonly layers: () => Promise<{ site: ConfigLayer | null; local: ConfigLayer | null }>;
  /** Checks a configuration about to be put in force; false rolls it back. */
  readonly selfTest: (next: KioskConfig) => Promise<boolean>;
  readonly apply: (config: KioskConfig) => void;
  /** Receives update offers whose fleet signature checked out. */
  readonly offerUpdate?: (offer: SignedUpdate['payload']) => void;
}

/** A running agent. */
export interface FleetAgent {
  /** Sends a beat now (the timer's job; tests call it directly). */
  beat(): Promise<void>;
  /** Remembers the newest alarm for the next beat. */
  alarm(alarm: Alarm): void;
  /** The session went idle: a pending configuration is applied now. */
  idle(): Promise<void>;
  stop(): void;
}

/** Starts the agent; the first beat goes out at once. */
export async function startFleetAgent(options: FleetAgentOptions): Promise<FleetAgent> {
  const { clock, logger } = options;
  const stored = await readFleetLayer(fleetLayerPaths(options.localPath).current);
  let appliedVersion = stored?.fleetVersion ?? null;
  let refused: Heartbeat['config']['refused'] = null;
  let lastAlarm: Heartbeat['lastAlarm'] = null;
  let skewMs: number | null = null;
  let intervalS = options.intervalS;
  let pending: AcceptedRemoteConfig | null = null;
  let applying = false;
  let timer: unknown = null;
  let stopped = false;

  const refuse = (version: number | null, reason: NonNullable<typeof refused>['reason']) => {
    logger.log('warn', 'fleet.config-refused', { version, reason });
    if (version !== null) refused = { version, reason };
  };

  const tryApply = async () => {
    if (!pending || applying || !options.isIdle()) return;
    const next = pending;
    pending = null;
    applying = true;
    try {
      await commitFleetLayer(options.localPath, next.layer);
      if (!(await options.selfTest(next.config))) {
        await rollBackFleetLayer(options.localPath);
        return refuse(next.layer.fleetVersion, 'self-test');
      }
      options.apply(next.config);
      appliedVersion = next.layer.fleetVersion;
      refused = null;
      logger.log('info', 'fleet.config-applied', { version: appliedVersion });
    } finally {
      applying = false;
    }
  };

  const receiveConfig = async (signed: unknown) => {
    const { site, local } = await options.layers();
    const context = { trustedKey: options.trustedKey, deviceId: options.deviceId, site, local };
    const checked = checkRemoteConfig(signed, context);
    if (!checked.ok) return refuse(claimedVersion(signed), checked.error);
    pending = checked.value;
    await tryApply();
  };

  const receiveUpdate = (offer: SignedUpdate) => {
    const verified = fleetVerify(offer, options.trustedKey);
    if (!verified.ok) return logger.log('warn', 'fleet.update-refused', { reason: verified.error });
    options.offerUpdate?.(verified.value);
  };

  const beat = async () => {
    const sent = await sendHeartbeat(
      options.endpoint,
      {
        deviceId: options.deviceId,
        sentAtMs: clock.now(),
        ...options.health(),
        clockSkewMs: skewMs === null ? null : Math.round(skewMs),
        lastAlarm,
        config: { appliedVersion, refused },
      },
      options.deviceKey,
      clock,
    );
    if (!sent.ok) return logger.log('info', 'fleet.beat-failed', { kind: sent.error.kind });
    const { reply } = sent.value;
    skewMs = sent.value.skewMs ?? skewMs;
    intervalS = reply.intervalS;
    if (reply.config) await receiveConfig(reply.config);
    if (reply.update) receiveUpdate(reply.update);
  };

  const schedule = (ms: number) => {
    if (stopped) return;
    timer = options.timers.setTimeout(() => {
      beat()
        .catch((error: unknown) =>
          logger.log('error', 'fleet.beat-crashed', {
            error: error instanceof Error ? error.name : 'unknown',
          }),
        )
        .finally(() => schedule(intervalS * 1000));
    }, ms);
  };
  schedule(0);

  return {
    beat,
    alarm: ({ code, severity, atMs }) => {
      lastAlarm = { code, severity, atMs };
    },
    idle: tryApply,
    stop() {
      stopped = true;
      if (timer !== null) options.timers.clearTimeout(timer);
    },
  };
}
