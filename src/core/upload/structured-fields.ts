// The part of RFC 8941 structured fields that Content-Digest (RFC 9530) and Signature-Input /
// Signature (RFC 9421) use: dictionaries whose members are items or inner lists of items, with
// parameters. Decimals and dates are not needed by either header and are rejected.
import { err, ok, type Result } from '../../shared/result';

/** A bare item: string, token (kept apart so serialisation round-trips), integer, byte sequence, boolean. */
type BareItem =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'token'; readonly value: string }
  | { readonly kind: 'integer'; readonly value: number }
  | { readonly kind: 'bytes'; readonly value: Buffer }
  | { readonly kind: 'boolean'; readonly value: boolean };

/** An item or inner list with its parameters, in header order. */
export type Member =
  | {
      readonly kind: 'item';
      readonly item: BareItem;
      readonly params: ReadonlyMap<string, BareItem>;
    }
  | {
      readonly kind: 'inner-list';
      readonly items: readonly BareItem[];
      readonly params: ReadonlyMap<string, BareItem>;
    };

/** Why a header is not a valid dictionary: the offset of the first byte that does not fit. */
export interface StructuredFieldError {
  readonly at: number;
  readonly expected: string;
}

class Cursor {
  pos = 0;
  constructor(readonly text: string) {}
  peek(): string {
    return this.text[this.pos] ?? '';
  }
  skip(pattern: RegExp): void {
    while (pattern.test(this.peek()) && this.pos < this.text.length) this.pos += 1;
  }
  take(pattern: RegExp, expected: string): string {
    const match = pattern.exec(this.text.slice(this.pos));
    if (!match || match.index !== 0)
      throw { at: this.pos, expected } satisfies StructuredFieldError;
    this.pos += match[0].length;
    return match[0];
  }
}

const KEY = /^[a-z*][a-z0-9_\-.*]*/;

function parseBareItem(c: Cursor): BareItem {
  const first = c.peek();
  if (first === '"') {
    // sf-string is printable ASCII (0x20-0x7e) with \" and \\ escapes.
    const raw = c.take(/^"(?:[ !#-[\]-~]|\\["\\])*"/, 'a string');
    return { kind: 'string', value: raw.slice(1, -1).replace(/\\(["\\])/g, '$1') };
  }
  if (first === ':') {
    const raw = c.take(/^:[A-Za-z0-9+/=]*:/, 'a byte sequence');
    return { kind: 'bytes', value: Buffer.from(raw.slice(1, -1), 'base64') };
  }
  if (first === '?') return { kind: 'boolean', value: c.take(/^\?[01]/, 'a boolean') === '?1' };
  if (/[-0-9]/.test(first)) {
    const raw = c.take(/^-?[0-9]{1,15}(?![.0-9])/, 'an integer');
    return { kind: 'integer', value: Number(raw) };
  }
  return { kind: 'token', value: c.take(/^[A-Za-z*][!#$%&'*+\-.^_`|~0-9A-Za-z:/]*/, 'an item') };
}

function parseParams(c: Cursor): Map<string, BareItem> {
  const params = new Map<string, BareItem>();
  while (c.peek() === ';') {
    c.pos += 1;
    c.skip(/ /);
    const key = c.take(KEY, 'a parameter name');
    let value: BareItem = { kind: 'boolean', value: true };
    if (c.peek() === '=') {
      c.pos += 1;
      value = parseBareItem(c);
    }
    params.set(key, value);
  }
  return params;
}

function parseMember(c: Cursor): Member {
  if (c.peek() !== '(') {
    const item = parseBareItem(c);
    return { kind: 'item', item, params: parseParams(c) };
  }
  c.pos += 1;
  const items: BareItem[] = [];
  for (;;) {
    c.skip(/ /);
    if (c.peek() === ')') break;
    items.push(parseBareItem(c));
    parseParams(c); // RFC 9421 component parameters (e.g. ;sf) are not part of this API
    if (!/[ )]/.test(c.peek()))
      throw { at: c.pos, expected: 'a space or )' } satisfies StructuredFieldError;
  }
  c.pos += 1;
  return { kind: 'inner-list', items, params: parseParams(c) };
}

/** Parses a dictionary header (RFC 8941 §4.2.2); later duplicates of a key win, as the RFC says. */
export function parseDictionary(header: string): Result<Map<string, Member>, StructuredFieldError> {
  const c = new Cursor(header.trim());
  const members = new Map<string, Member>();
  try {
    while (c.pos < c.text.length) {
      const key = c.take(KEY, 'a member name');
      const member: Member =
        c.peek() === '='
          ? (c.pos++, parseMember(c))
          : { kind: 'item', item: { kind: 'boolean', value: true }, params: parseParams(c) };
      members.set(key, member);
      c.skip(/[ \t]/);
      if (c.pos >= c.text.length) break;
      c.take(/^,[ \t]*/, 'a comma');
      if (c.pos >= c.text.length)
        throw { at: c.pos, expected: 'a member after the comma' } satisfies StructuredFieldError;
    }
    return ok(members);
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'at' in error)
      return err(error as StructuredFieldError);
    throw error;
  }
}

/** Serialises a string as an sf-string (only printable ASCII is allowed by RFC 8941). */
export function sfString(value: string): string {
  if (!/^[\x20-\x7e]*$/.test(value))
    throw new RangeError('Structured-field strings carry printable ASCII only');
  return `"${value.replace(/[\\"]/g, '\\$&')}"`;
}

/** Serialises bytes as an sf-binary (`:base64:`). */
export function sfBytes(value: Uint8Array): string {
  return `:${Buffer.from(value).toString('base64')}:`;
}
