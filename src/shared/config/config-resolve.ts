/** Turns configuration layers into one validated configuration, or says which field is wrong and why. */
import type { z } from 'zod';
import { DEFAULT_CONFIG } from './config-defaults';
import { mergeLayer, sourceOf, type ConfigLayer, type JsonObject } from './config-layers';
import { kioskConfigSchema, type KioskConfig } from './config-schema';
import { upgradeLayer, type UpgradeFailure } from './config-upgrade';

/** Why the layers do not make a valid configuration. */
export type ConfigIssue =
  | { readonly kind: 'upgrade'; readonly source: string; readonly failure: UpgradeFailure }
  | {
      readonly kind: 'invalid';
      /** The layer that set the field (or 'defaults'). */
      readonly source: string;
      /** Dotted path, e.g. `capture.attempts`. */
      readonly field: string;
      /** What the field may hold, in English, for the technician. */
      readonly allowed: string;
    };

function describe(issue: z.core.$ZodIssue): { path: PropertyKey[]; allowed: string } {
  if (issue.code === 'unrecognized_keys') {
    return {
      path: [...issue.path, issue.keys[0] ?? ''],
      allowed: 'no such field (check the spelling)',
    };
  }
  return { path: [...issue.path], allowed: issue.message };
}

/** Upgrades every layer, merges them over the defaults in order and validates the result. */
export function resolveConfig(
  layers: readonly ConfigLayer[],
): { ok: true; value: KioskConfig } | { ok: false; error: ConfigIssue } {
  let merged: JsonObject = DEFAULT_CONFIG as unknown as JsonObject;
  const upgraded: ConfigLayer[] = [];
  for (const layer of layers) {
    const result = upgradeLayer(layer.document);
    if (!result.ok)
      return { ok: false, error: { kind: 'upgrade', source: layer.source, failure: result.error } };
    upgraded.push({ source: layer.source, document: result.value });
    merged = mergeLayer(merged, result.value);
  }
  const parsed = kioskConfigSchema.safeParse(merged);
  if (parsed.success) return { ok: true, value: parsed.data };
  const first = parsed.error.issues[0];
  const { path, allowed } = first
    ? describe(first)
    : { path: [], allowed: 'a valid configuration' };
  const field = path.map(String).join('.') || '(document)';
  return {
    ok: false,
    error: { kind: 'invalid', source: sourceOf(upgraded, path), field, allowed },
  };
}
