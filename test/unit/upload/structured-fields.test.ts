import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDictionary, sfBytes, sfString } from '../../../src/core/upload/structured-fields';

describe('structured fields (RFC 8941 subset)', () => {
  it('round-trips any printable string and any bytes through a dictionary', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...' !"#\\az~09'.split('')) }),
        fc.uint8Array(),
        (text, bytes) => {
          const parsed = parseDictionary(`a=${sfString(text)}, b=${sfBytes(bytes)}`);
          if (!parsed.ok) return false;
          const a = parsed.value.get('a');
          const b = parsed.value.get('b');
          return (
            a?.kind === 'item' &&
            a.item.kind === 'string' &&
            a.item.value === text &&
            b?.kind === 'item' &&
            b.item.kind === 'bytes' &&
            Buffer.compare(b.item.value, Buffer.from(bytes)) === 0
          );
        },
      ),
    );
  });

  it('parses inner lists with parameters and bare-key members', () => {
    const parsed = parseDictionary('sig=("@method" "x");created=5;alg="ed25519";flag, other');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const sig = parsed.value.get('sig');
    expect(sig?.kind).toBe('inner-list');
    if (sig?.kind !== 'inner-list') return;
    expect(sig.items.map((i) => i.value)).toEqual(['@method', 'x']);
    expect(Object.fromEntries([...sig.params].map(([k, v]) => [k, v.value]))).toEqual({
      created: 5,
      alg: 'ed25519',
      flag: true,
    });
    expect(parsed.value.get('other')).toMatchObject({
      kind: 'item',
      item: { kind: 'boolean', value: true },
    });
  });

  it.each(['a=1,', 'a="unterminated', 'A=1', 'a=1.5', 'a=("x"', 'a=1 b=2'])(
    'rejects %j with the offset',
    (header) => {
      const parsed = parseDictionary(header);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error.at).toBeGreaterThanOrEqual(0);
    },
  );

  it('never throws on arbitrary header text: a receiver answers garbage with a problem, not a crash', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'a=:;,()" \\?*-1.x\u00e9'.split('')) }),
        (header) => {
          const parsed = parseDictionary(header);
          return typeof parsed.ok === 'boolean';
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('refuses to serialise non-ASCII strings', () => {
    expect(() => sfString('密钥')).toThrow(RangeError);
  });
});
