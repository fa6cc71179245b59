import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decryptIdNumber,
  encryptIdNumber,
} from '../../../../src/core/upload/platforms/national-standard/id-number-cipher';

// Golden values from OpenSSL 3 (`openssl enc -des-ecb|-des-cbc -provider legacy`), key "k1osk-de".
const KEY = 'k1osk-de';
const ID = '110105198001010024';

describe('ID number DES cipher', () => {
  it('matches OpenSSL for DES/ECB/PKCS5 with base64 output (the default)', () => {
    const settings = { mode: 'ecb', padding: 'pkcs5', output: 'base64' } as const;
    expect(encryptIdNumber(ID, KEY, settings)).toBe('rFYCwRHWcOzXADHM9mTyxxEIOJYI3Dms');
  });

  it('matches OpenSSL for DES/CBC/PKCS5 with the key as IV, hex output', () => {
    const settings = { mode: 'cbc', padding: 'pkcs5', output: 'hex' } as const;
    expect(encryptIdNumber(ID, KEY, settings)).toBe(
      'bbf88c0c3856c4fb69c5317a3e2d3ffcfa7a60eac0da21e2',
    );
  });

  it('matches OpenSSL for DES/ECB with zero padding', () => {
    const settings = { mode: 'ecb', padding: 'zero', output: 'hex' } as const;
    expect(encryptIdNumber(ID, KEY, settings)).toBe(
      'ac5602c111d670ecd70031ccf664f2c79ff0cb20101d89a2',
    );
  });

  it('uses the first 8 bytes of a longer key and refuses a shorter one', () => {
    const settings = { mode: 'ecb', padding: 'pkcs5', output: 'base64' } as const;
    expect(encryptIdNumber(ID, `${KEY}-and-more`, settings)).toBe(
      encryptIdNumber(ID, KEY, settings),
    );
    expect(() => encryptIdNumber(ID, 'short', settings)).toThrow(RangeError);
  });

  it('decrypts what it encrypted in every mode, and gives undefined under a wrong key', () => {
    const settingsArb = fc.record({
      mode: fc.constantFrom('ecb' as const, 'cbc' as const),
      padding: fc.constantFrom('pkcs5' as const, 'zero' as const),
      output: fc.constantFrom('base64' as const, 'hex' as const),
    });
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}[\dX]$/), settingsArb, (id, settings) => {
        const wrapped = encryptIdNumber(id, KEY, settings);
        expect(decryptIdNumber(wrapped, KEY, settings)).toBe(id);
      }),
    );
    const pkcs = { mode: 'ecb', padding: 'pkcs5', output: 'base64' } as const;
    expect(decryptIdNumber(encryptIdNumber(ID, KEY, pkcs), 'other-k!', pkcs)).not.toBe(ID);
    expect(decryptIdNumber('not base64 of blocks', KEY, pkcs)).toBeUndefined();
  });
});
