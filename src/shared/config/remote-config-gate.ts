/**
 * Which settings a remote (fleet) configuration layer may set. An allowlist, so a setting added
 * later is local-only until someone decides otherwise. Identity-assurance settings need the site
 * policy's consent; the device's identity, keys, storage paths and the fleet section never move.
 */
import { err, ok, type Result } from '../result';
import { isJsonObject, type JsonObject } from './config-layers';

/** Settings a remote layer may always set (dotted prefixes). */
const REMOTE_SETTINGS = [
  'upload.endpoint',
  'upload.concurrency',
  'upload.retentionDays',
  'capture.timeoutsMs',
  'capture.guidanceDebounceMs',
  'ui.locale',
  'ui.volume',
  'ui.personalServiceUrl',
  'ui.personalServiceQrText',
  'ui.initialPasswordRule',
  'storage.minFreeBytes',
  'storage.warnFreeBytes',
  'reader.pollIntervalMs',
  'camera.width',
  'camera.height',
] as const;

/** Settings that decide how sure the kiosk is of a person's identity: remote only with site consent. */
const IDENTITY_ASSURANCE_SETTINGS = [
  'face.operatingPoint',
  'face.livenessLevel',
  'capture.attempts',
  'capture.framesForMatch',
  'capture.minFrameQuality',
  'capture.spoofLockout',
  'capture.operatorVerification',
  'cardPolicy',
  'liveness',
] as const;

/** Why a remote layer is refused: the first setting it may not carry. */
export interface RemoteGateRefusal {
  readonly field: string;
  /** `identity-assurance`: allowed only when the site policy says so; `local-only`: never remote. */
  readonly kind: 'identity-assurance' | 'local-only';
}

/** The dotted paths of every leaf a layer sets (arrays are leaves); the top-level `version` is not a setting. */
export function settingPaths(document: JsonObject, prefix = ''): string[] {
  return Object.entries(document).flatMap(([key, value]) => {
    if (prefix === '' && key === 'version') return [];
    const path = prefix + key;
    return isJsonObject(value) ? settingPaths(value, `${path}.`) : [path];
  });
}

const covers = (prefixes: readonly string[], path: string) =>
  prefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}.`));

/** Checks a remote layer; `identityAllowed` comes from the site policy file only, never from a remote layer. */
export function checkRemoteLayer(
  document: JsonObject,
  identityAllowed: boolean,
): Result<true, RemoteGateRefusal> {
  for (const field of settingPaths(document)) {
    if (covers(REMOTE_SETTINGS, field)) continue;
    if (covers(IDENTITY_ASSURANCE_SETTINGS, field)) {
      if (identityAllowed) continue;
      return err({ field, kind: 'identity-assurance' });
    }
    return err({ field, kind: 'local-only' });
  }
  return ok(true);
}

/** Whether a site policy document lets remote layers change identity assurance (`fleet.remoteIdentityAssurance`). */
export function siteAllowsRemoteIdentity(sitePolicy: JsonObject | null): boolean {
  const fleet = sitePolicy?.fleet;
  return isJsonObject(fleet) && fleet.remoteIdentityAssurance === true;
}
