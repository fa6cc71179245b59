import { describe, expect, it } from 'vitest';
import { hashPin, PIN_HASH_PATTERN, verifyPin } from '../../../src/core/staff/pin-hash';
import { CHEAP_PIN_COST } from '../../support/cheap-pin-cost';

describe('staff PIN hashes', () => {
  it('stores a hash in the scrypt$N$r$p$salt$hash form, not the PIN', async () => {
    const stored = await hashPin('246810', CHEAP_PIN_COST);
    expect(stored).toMatch(PIN_HASH_PATTERN);
    expect(stored.split('$').slice(1, 4)).toEqual(['1024', '8', '1']);
    expect(stored).not.toContain('246810');
  });

  it('verifies the right PIN and refuses a wrong one', async () => {
    const stored = await hashPin('246810', CHEAP_PIN_COST);
    expect(await verifyPin('246810', stored)).toBe(true);
    expect(await verifyPin('246811', stored)).toBe(false);
  });

  it('salts every hash, so equal PINs do not give equal hashes', async () => {
    expect(await hashPin('1234', CHEAP_PIN_COST)).not.toBe(await hashPin('1234', CHEAP_PIN_COST));
  });

  it('refuses hashes it cannot read or whose cost is out of bounds, without throwing', async () => {
    const stored = await hashPin('1234', CHEAP_PIN_COST);
    const [, , r, p, salt, hash] = stored.split('$');
    expect(await verifyPin('1234', stored.replace('scrypt$', 'bcrypt$'))).toBe(false);
    expect(await verifyPin('1234', `scrypt$${2 ** 30}$${r}$${p}$${salt}$${hash}`)).toBe(false);
    expect(await verifyPin('1234', `scrypt$1024$${r}$${p}$${salt}$short`)).toBe(false);
    expect(await verifyPin('1234', 'garbage')).toBe(false);
  });
});
