import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeAppendedAddress,
  encodeAppendedAddress,
} from '../../../../src/core/idcard/protocol/appended-address';
import { encodeBaseInfo, parseBaseInfo } from '../../../../src/core/idcard/protocol/base-info';
import { encodeSamId, formatSamId } from '../../../../src/core/idcard/protocol/sam-id';

const blocksArb = fc.record({
  text: fc.uint8Array({ minLength: 256, maxLength: 256 }),
  photo: fc.uint8Array({ minLength: 1024, maxLength: 1024 }),
  fingerprint: fc
    .constantFrom(0, 512, 1024)
    .chain((n) => fc.uint8Array({ minLength: n, maxLength: n })),
});

describe('base-info payload', () => {
  it('splits what it encodes back into the same blocks, with and without fingerprints', () => {
    fc.assert(
      fc.property(blocksArb, fc.boolean(), (blocks, withFingerprint) => {
        const parsed = parseBaseInfo(encodeBaseInfo(blocks, withFingerprint), withFingerprint);
        expect(parsed).toEqual({
          ok: true,
          value: { ...blocks, fingerprint: withFingerprint ? blocks.fingerprint : null },
        });
      }),
    );
  });

  it('returns a typed fault, never throws, for any payload', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2400 }), fc.boolean(), (data, withFingerprint) => {
        const parsed = parseBaseInfo(data, withFingerprint);
        if (!parsed.ok)
          expect(['too-short', 'length-mismatch', 'bad-block-size']).toContain(parsed.fault);
      }),
    );
  });

  it('refuses consistent length fields with sizes no card has', () => {
    const data = Uint8Array.from([0x00, 0x80, 0x00, 0x10, ...new Uint8Array(0x90)]);
    expect(parseBaseInfo(data, false)).toEqual({ ok: false, fault: 'bad-block-size' });
    expect(parseBaseInfo(Uint8Array.of(1, 0, 4), false)).toEqual({ ok: false, fault: 'too-short' });
  });
});

describe('SAM ID', () => {
  it('formats and re-encodes any 16 bytes identically', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (data) => {
        expect(encodeSamId(formatSamId(data))).toEqual(data);
      }),
    );
  });
});

describe('appended address', () => {
  it('decodes what it encodes, trimmed', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 35 }).map((s) => s.trim()),
        (address) => {
          fc.pre(!/[\s\0]/.test(address.at(-1) ?? 'x') && !/[\uD800-\uDFFF]/.test(address));
          const encoded = encodeAppendedAddress(address);
          expect(encoded).toHaveLength(70);
          expect(decodeAppendedAddress(encoded!)).toBe(address);
        },
      ),
    );
  });
});
