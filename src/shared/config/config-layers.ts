/** Layering of configuration documents: defaults, then site policy, then local overrides. */

/** A parsed JSON object. */
export type JsonObject = { [key: string]: unknown };

/** One layer and where it came from, so an error can name the file that set a bad field. */
export interface ConfigLayer {
  readonly source: string;
  readonly document: JsonObject;
}

/** Whether a value is a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// An object whose discriminant changes (reader.port.mode, reader.photoDecoder.kind) is replaced,
// not merged: the old variant's fields would not belong to the new one.
const DISCRIMINANTS = ['mode', 'kind'] as const;

function switchesVariant(base: JsonObject, override: JsonObject): boolean {
  return DISCRIMINANTS.some((key) => key in override && key in base && override[key] !== base[key]);
}

/** Deep-merges `override` onto `base`: objects merge, everything else (arrays too) replaces. */
export function mergeLayer(base: JsonObject, override: JsonObject): JsonObject {
  if (switchesVariant(base, override)) return { ...override };
  const merged: JsonObject = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = Object.hasOwn(merged, key) ? merged[key] : undefined;
    // defineProperty keeps a `__proto__` key an ordinary own field, which the strict schema then rejects.
    Object.defineProperty(merged, key, {
      value: isJsonObject(current) && isJsonObject(value) ? mergeLayer(current, value) : value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return merged;
}

/** The last layer that sets the field at `path`, or 'defaults' when none does. */
export function sourceOf(layers: readonly ConfigLayer[], path: readonly PropertyKey[]): string {
  for (let i = layers.length - 1; i >= 0; i -= 1) {
    const layer = layers[i];
    let node: unknown = layer?.document;
    for (const key of path) node = isJsonObject(node) ? node[String(key)] : undefined;
    if (layer && node !== undefined) return layer.source;
  }
  return 'defaults';
}
