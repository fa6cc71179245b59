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

function canonicalString(value: string, path: string): string {
  // RFC 8785 §3.2.2.2 demands well-formed Unicode: a lone surrogate has no UTF-8 form. The native
  // check is linear; a look-around regex over the 40 KB base64 photos cost a sixth of a commit.
  if (!value.isWellFormed()) throw new CanonicalJsonError(path, 'lone-surrogate');
  // ECMAScript JSON.stringify escapes exactly as §3.2.2.2 prescribes (\b \t \n \f \r, \u00xx lower-case).
  return JSON.stringify(value);
}

// Writes into one list of parts joined once at the end: concatenating per level copied the
// 40 KB base64 photos again at every level of nesting.
function serialize(value: unknown, path: string, out: string[]): void {
  if (value === null) {
    out.push('null');
    return;
  }
  switch (typeof value) {
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'number':
      // §3.2.2.3 is ECMAScript Number.prototype.toString, which also prints -0 as 0.
      if (!Number.isFinite(value)) throw new CanonicalJsonError(path, 'not-finite');
      out.push(String(value));
      return;
    case 'string':
      out.push(canonicalString(value, path));
      return;
    case 'object':
      if (Array.isArray(value)) {
        out.push('[');
        value.forEach((item, index) => {
          if (index > 0) out.push(',');
          serialize(item, `${path}[${index}]`, out);
        });
        out.push(']');
        return;
      }
      serializeObject(value as Record<string, unknown>, path, out);
      return;
    default:
      throw new CanonicalJsonError(path, 'unsupported-type');
  }
}

function serializeObject(value: Record<string, unknown>, path: string, out: string[]): void {
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    throw new CanonicalJsonError(path, 'unsupported-type');
  }
  // Default string comparison in JavaScript is by UTF-16 code units, as §3.2.3 requires.
  const keys = Object.keys(value)
    .filter((key) => value[key] !== undefined)
    .sort();
  out.push('{');
  keys.forEach((key, index) => {
    out.push(index > 0 ? ',' : '', canonicalString(key, path), ':');
    serialize(value[key], `${path}.${key}`, out);
  });
  out.push('}');
}

/** Serializes a JSON value in RFC 8785 canonical form; absent (undefined) members are left out. */
export function canonicalize(value: unknown): string {
  const out: string[] = [];
  serialize(value, '$', out);
  return out.join('');
}

/** The UTF-8 bytes of the canonical form: what is signed and hashed. */
export function canonicalBytes(value: unknown): Buffer {
  return Buffer.from(canonicalize(value), 'utf8');
}
