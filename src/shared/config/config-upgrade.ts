/** Upgrades configuration layers written by older versions, one step per version. */
import { CONFIG_VERSION } from './config-schema';
import type { JsonObject } from './config-layers';

/** Turns a layer of version N into a layer of version N + 1 (the step sets the new version). */
export type ConfigUpgradeStep = (layer: JsonObject) => JsonObject;

/** The production steps, keyed by the version they upgrade from. Version 1 is the first. */
const CONFIG_UPGRADES: Readonly<Record<number, ConfigUpgradeStep>> = {};

/** Why a layer cannot be upgraded. */
export type UpgradeFailure =
  | { readonly kind: 'missing-version' }
  | { readonly kind: 'too-new'; readonly version: number }
  | { readonly kind: 'no-step'; readonly version: number };

/** Brings a layer up to `current`, applying each step in turn; layers already current pass unchanged. */
export function upgradeLayer(
  layer: JsonObject,
  steps: Readonly<Record<number, ConfigUpgradeStep>> = CONFIG_UPGRADES,
  current: number = CONFIG_VERSION,
): { ok: true; value: JsonObject } | { ok: false; error: UpgradeFailure } {
  let document = layer;
  const version = document.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, error: { kind: 'missing-version' } };
  if (version > current) return { ok: false, error: { kind: 'too-new', version } };
  for (let from = version; from < current; from += 1) {
    const step = steps[from];
    // A step must land exactly one version higher, or the loop could never end.
    if (!step) return { ok: false, error: { kind: 'no-step', version: from } };
    document = step(document);
    if (document.version !== from + 1)
      return { ok: false, error: { kind: 'no-step', version: from } };
  }
  return { ok: true, value: document };
}
