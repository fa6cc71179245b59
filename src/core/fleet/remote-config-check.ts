// Whether a configuration received with a heartbeat may be applied: signed by the fleet key the
// kiosk was provisioned with, meant for this kiosk, within what the site policy lets the fleet
// change, and valid against the same schema as the local configuration once layered.
import type { KeyObject } from 'node:crypto';
import type { ConfigLayer } from '../../shared/config/config-layers';
import { resolveConfig } from '../../shared/config/config-resolve';
import type { KioskConfig } from '../../shared/config/config-schema';
import { upgradeLayer } from '../../shared/config/config-upgrade';
import { checkRemoteLayer, siteAllowsRemoteIdentity } from '../../shared/config/remote-config-gate';
import { signedConfigSchema, type Heartbeat } from '../../shared/fleet/heartbeat-schema';
import { err, ok, type Result } from '../../shared/result';
import type { StoredFleetLayer } from './fleet-layer-file';
import { fleetVerify } from './fleet-signature';

/** Why a remote configuration was not applied (reported with the next heartbeat). */
export type RefusalReason = NonNullable<Heartbeat['config']['refused']>['reason'];

/** What a remote configuration is checked against. */
export interface RemoteConfigContext {
  readonly trustedKey: KeyObject;
  readonly deviceId: string;
  /** The site policy and local override layers as on disk now. */
  readonly site: ConfigLayer | null;
  readonly local: ConfigLayer | null;
}

/** A remote configuration that passed every check, with the configuration it makes. */
export interface AcceptedRemoteConfig {
  readonly layer: StoredFleetLayer;
  readonly config: KioskConfig;
}

/** The version a refused message claims, when it can be read at all (for the report). */
export function claimedVersion(signed: unknown): number | null {
  const parsed = signedConfigSchema.safeParse(signed);
  return parsed.success ? parsed.data.payload.version : null;
}

/** Runs every check in order; the first that fails names the refusal. */
export function checkRemoteConfig(
  signed: unknown,
  context: RemoteConfigContext,
): Result<AcceptedRemoteConfig, RefusalReason> {
  const parsed = signedConfigSchema.safeParse(signed);
  if (!parsed.success) return err('invalid');
  const verified = fleetVerify(parsed.data, context.trustedKey);
  if (!verified.ok) return err('bad-signature');
  const { version, deviceId, document } = verified.value;
  if (deviceId !== context.deviceId) return err('wrong-device');
  const upgraded = upgradeLayer(document);
  if (!upgraded.ok) return err('invalid');
  const allowIdentity = siteAllowsRemoteIdentity(context.site?.document ?? null);
  if (!checkRemoteLayer(upgraded.value, allowIdentity).ok) return err('not-allowed');
  const layers = [context.site, context.local].filter((l): l is ConfigLayer => l !== null);
  const resolved = resolveConfig([
    ...layers,
    { source: `fleet v${version}`, document: upgraded.value },
  ]);
  if (!resolved.ok) return err('invalid');
  return ok({ layer: { fleetVersion: version, document: upgraded.value }, config: resolved.value });
}
