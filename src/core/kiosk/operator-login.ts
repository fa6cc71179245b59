/** Operator PINs: scrypt hashes from the configuration, a lockout after repeated wrong PINs, one login at a time. */
import { scryptSync, timingSafeEqual, randomBytes } from 'node:crypto';
import type { KioskConfig } from '../../shared/config/config-schema';
import { roleAllows, type CommandRole, type StaffRole } from '../../shared/kiosk-api/command-roles';
import type { Clock } from '../clock';
import type { Operator } from '../capture/ports';

/** How long a console login lasts without activity. */
export const LOGIN_TTL_MS = 15 * 60_000;

/** Hashes a PIN in the configuration's `scrypt$N$r$p$salt$hash` form (provisioning and tests). */
export function hashPin(pin: string, salt = randomBytes(16)): string {
  const [N, r, p] = [16384, 8, 1];
  const hash = scryptSync(pin, salt, 32, { N, r, p });
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

function pinMatches(pin: string, pinHash: string): boolean {
  const [, N, r, p, salt, hash] = pinHash.split('$');
  const expected = Buffer.from(hash ?? '', 'base64url');
  const actual = scryptSync(pin, Buffer.from(salt ?? '', 'base64url'), expected.length, {
    N: Number(N),
    r: Number(r),
    p: Number(p),
  });
  return timingSafeEqual(expected, actual);
}

/** The outcome of a login attempt. */
export type LoginOutcome =
  | { readonly kind: 'ok'; readonly role: StaffRole; readonly expiresAtMs: number }
  | { readonly kind: 'wrong-pin' }
  | { readonly kind: 'locked-out'; readonly untilMs: number };

/** The console's login state. */
export class OperatorLogin {
  private current: { operator: Operator; expiresAtMs: number } | null = null;
  private failures = 0;
  private lockedUntilMs = 0;

  constructor(
    private readonly config: KioskConfig['operator'],
    private readonly clock: Clock,
  ) {}

  /** Checks a PIN against the configured accounts. */
  login(pin: string): LoginOutcome {
    const now = this.clock.now();
    if (now < this.lockedUntilMs) return { kind: 'locked-out', untilMs: this.lockedUntilMs };
    const index = this.config.accounts.findIndex((account) => pinMatches(pin, account.pinHash));
    const account = this.config.accounts[index];
    if (!account) {
      this.failures += 1;
      if (this.failures >= this.config.maxPinAttempts) {
        this.failures = 0;
        this.lockedUntilMs = now + this.config.pinLockoutMs;
        return { kind: 'locked-out', untilMs: this.lockedUntilMs };
      }
      return { kind: 'wrong-pin' };
    }
    this.failures = 0;
    const expiresAtMs = now + LOGIN_TTL_MS;
    this.current = {
      operator: { id: `${account.role}-${index + 1}`, role: account.role },
      expiresAtMs,
    };
    return { kind: 'ok', role: account.role, expiresAtMs };
  }

  logout(): void {
    this.current = null;
  }

  /** Whether the login now holds `required`; a granted staff call restarts the inactivity timer. */
  authorize(required: CommandRole): boolean {
    if (required === 'worker') return true;
    const who = this.operator();
    if (!this.current || !roleAllows(required, who?.role ?? null)) return false;
    this.current.expiresAtMs = this.clock.now() + LOGIN_TTL_MS;
    return true;
  }

  /** Whoever is logged in now, or null. */
  operator(): Operator | null {
    if (this.current && this.clock.now() >= this.current.expiresAtMs) this.current = null;
    return this.current?.operator ?? null;
  }
}
