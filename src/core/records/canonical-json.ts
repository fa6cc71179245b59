// JSON Canonicalization Scheme (RFC 8785). Signatures and the hash chain are computed over these
// bytes, so every platform that re-serialises a record the same way can verify it.

/** A value that cannot be canonicalized: not finite, lone surrogate, or not a JSON type. */
export class CanonicalJsonError extends Error {
  override name = 'CanonicalJsonError';
  constructor(
    readonly path: string,
    readonly reason: 'not-finite' | 'lone-surrogate' | 'unsupported-type',
  ) {
    super(`Cannot canonicalize ${path}: ${reason}`);
  }
}

// RFC 8785 §3.2.2.2 demands well-formed Unicode: a lone surrogate has no UTF-8 form.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function canonicalString(value: string, path: string): string {
  if (LONE_SURROGATE.test(value)) throw new CanonicalJsonError(path, 'lone-surrogate');
  // ECMAScript JSON.stringify escapes exactly as §3.2.2.2 prescribes (\b \t \n \f \r, \u00xx lower-case).
  return JSON.stringify(value);
}

function serialize(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      // §3.2.2.3 is ECMAScript Number.prototype.toString, which also prints -0 as 0.
      if (!Number.isFinite(value)) throw new CanonicalJsonError(path, 'not-finite');
      return String(value);
    case 'string':
      return canonicalString(value, path);
    case 'object':
      if (Array.isArray(value)) {
        return `[${value.map((item, index) => serialize(item, `${path}[${index}]`)).join(',')}]`;
      }
      return serializeObject(value as Record<string, unknown>, path);
    default:
      throw new CanonicalJsonError(path, 'unsupported-type');
  }
}

function serializeObject(value: Record<string, unknown>, path: string): string {
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) {
    throw new CanonicalJsonError(path, 'unsupported-type');
  }
  // Default string comparison in JavaScript is by UTF-16 code units, as §3.2.3 requires.
  const keys = Object.keys(value)
    .filter((key) => value[key] !== undefined)
    .sort();
  const members = keys.map(
    (key) => `${canonicalString(key, path)}:${serialize(value[key], `${path}.${key}`)}`,
  );
  return `{${members.join(',')}}`;
}

/** Serializes a JSON value in RFC 8785 canonical form; absent (undefined) members are left out. */
export function canonicalize(value: unknown): string {
  return serialize(value, '$');
}

/** The UTF-8 bytes of the canonical form: what is signed and hashed. */
export function canonicalBytes(value: unknown): Buffer {
  return Buffer.from(canonicalize(value), 'utf8');
}
