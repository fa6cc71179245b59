import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../../src/core/clock';
import { hashPin, LOGIN_TTL_MS, OperatorLogin } from '../../../src/core/kiosk/operator-login';

const accounts = [
  { role: 'operator' as const, pinHash: hashPin('1234') },
  { role: 'technician' as const, pinHash: hashPin('987654') },
];

function login() {
  const clock = createManualClock(1_000_000);
  return {
    clock,
    login: new OperatorLogin({ accounts, maxPinAttempts: 3, pinLockoutMs: 60_000 }, clock),
  };
}

describe('operator login', () => {
  it('logs in the account whose PIN matches, until the login expires', () => {
    const { clock, login: l } = login();
    expect(l.login('987654')).toEqual({
      kind: 'ok',
      role: 'technician',
      expiresAtMs: 1_000_000 + LOGIN_TTL_MS,
    });
    expect(l.operator()).toEqual({ id: 'technician-2', role: 'technician' });
    clock.advance(LOGIN_TTL_MS);
    expect(l.operator()).toBeNull();
  });

  it('locks out after the configured wrong PINs, even for the right PIN, until the lockout ends', () => {
    const { clock, login: l } = login();
    expect(l.login('0000')).toEqual({ kind: 'wrong-pin' });
    expect(l.login('0001')).toEqual({ kind: 'wrong-pin' });
    expect(l.login('0002')).toEqual({ kind: 'locked-out', untilMs: 1_060_000 });
    expect(l.login('1234')).toEqual({ kind: 'locked-out', untilMs: 1_060_000 });
    clock.advance(60_000);
    expect(l.login('1234')).toMatchObject({ kind: 'ok', role: 'operator' });
  });

  it('forgets the operator on logout', () => {
    const { login: l } = login();
    l.login('1234');
    l.logout();
    expect(l.operator()).toBeNull();
  });
});
