import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CanonicalJsonError, canonicalize } from '../../../src/core/records/canonical-json';

const fixtures = join(import.meta.dirname, 'fixtures', 'rfc8785');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const fromBits = (hex: string) => Buffer.from(hex, 'hex').readDoubleBE(0);

describe('canonicalize (RFC 8785)', () => {
  it('produces the canonical form of the §3.2.2 example', () => {
    expect(canonicalize(JSON.parse(read('example-3.2.2-input.txt')))).toBe(
      read('example-3.2.2-output.txt'),
    );
  });

  it('sorts properties by UTF-16 code units as in the §3.2.3 example', () => {
    expect(canonicalize(JSON.parse(read('example-3.2.3-sorting-input.txt')))).toBe(
      read('example-3.2.3-sorting-output.txt'),
    );
  });

  it.each(JSON.parse(read('number-samples.txt')) as [string, string][])(
    'serialises the IEEE 754 value %s as %s (Appendix B)',
    (bits, expected) => {
      expect(canonicalize(fromBits(bits))).toBe(expected);
    },
  );

  it.each(JSON.parse(read('number-errors.txt')) as string[])(
    'refuses the non-finite value %s',
    (bits) => {
      expect(() => canonicalize([fromBits(bits)])).toThrow(CanonicalJsonError);
    },
  );

  it('refuses a lone surrogate and names where it is', () => {
    const error = (() => {
      try {
        canonicalize({ a: ['ok', '\ud800x'] });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(CanonicalJsonError);
    expect(error).toMatchObject({ path: '$.a[1]', reason: 'lone-surrogate' });
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalize({ at: new Date(0) })).toThrow(CanonicalJsonError);
    expect(() => canonicalize(10n)).toThrow(CanonicalJsonError);
  });

  it('leaves out absent members and keeps array order', () => {
    expect(canonicalize({ b: undefined, a: [3, 1, 2] })).toBe('{"a":[3,1,2]}');
  });

  it('round-trips: parsing the canonical form and canonicalizing again changes nothing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const once = canonicalize(value);
        expect(canonicalize(JSON.parse(once))).toBe(once);
      }),
    );
  });

  it('is independent of property insertion order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.integer()), (dict) => {
        const reversed = Object.fromEntries(Object.entries(dict).reverse());
        expect(canonicalize(reversed)).toBe(canonicalize(dict));
      }),
    );
  });
});
