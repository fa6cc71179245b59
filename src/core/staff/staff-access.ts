/**
 * Staff access: who is logged in at the console, whether they hold a role, and the audit of it.
 * One login at a time (a kiosk has one screen); it ends on logout or after inactivity. Failed
 * attempts are throttled per account and per kiosk in the store, so a restart changes nothing.
 */
import type { Database } from 'better-sqlite3';
import type { KioskConfig } from '../../shared/config/config-schema';
import { roleAllows, type CommandRole, type StaffRole } from '../../shared/kiosk-api/command-roles';
import type { Clock } from '../clock';
import { hashPin, verifyPin, type PinHashCost } from './pin-hash';
import {
  accountScope,
  clearFailures,
  recordFailure,
  throttleState,
  type ThrottleLimits,
  type ThrottleScope,
} from './login-throttle';
import { findAccount, hasTechnician } from './staff-accounts';
import { appendStaffLog, type StaffAction, type StaffActor, type StaffDetail } from './staff-log';

/** How long a console login lasts without a staff command. */
export const LOGIN_IDLE_MS = 15 * 60_000;

// An account gets two free typos, then waits, then locks at maxPinAttempts. The kiosk as a whole
// (guessing across names) waits after maxPinAttempts failures and locks at three times that.
const ACCOUNT_FREE_FAILURES = 2;
const KIOSK_FAILURE_FACTOR = 3;

/** The outcome of a login attempt. */
export type LoginOutcome =
  | { readonly kind: 'ok'; readonly role: StaffRole; readonly expiresAtMs: number }
  | { readonly kind: 'wrong-pin' }
  | { readonly kind: 'no-technician' }
  | { readonly kind: 'backing-off'; readonly untilMs: number }
  | {
      readonly kind: 'locked-out';
      readonly scope: 'account' | 'kiosk';
      readonly untilMs: number;
    };

/** A logged-in staff member. */
export interface StaffSession {
  readonly account: string;
  readonly role: StaffRole;
}

/** The console's access state over the store. */
export class StaffAccess {
  private session: (StaffSession & { expiresAtMs: number }) | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private dummyHash: Promise<string> | null = null;

  constructor(
    private readonly db: Database,
    private readonly config: () => KioskConfig['operator'],
    private readonly clock: Clock,
    /** The cost of the stand-in hash an unknown name is checked against: the accounts' cost (tests lower both). */
    private readonly dummyCost?: PinHashCost,
  ) {}

  /** Checks a PIN; attempts run one at a time, so parallel guesses cannot slip past the throttle. */
  login(account: string, pin: string): Promise<LoginOutcome> {
    const attempt = this.queue.then(() => this.attempt(account, pin));
    this.queue = attempt.catch(() => undefined);
    return attempt;
  }

  /** Ends the login, if any. */
  logout(): void {
    if (this.current()) this.log('logout');
    this.session = null;
  }

  /** Whoever is logged in now, or null; an expired login is ended (and logged) here. */
  current(): StaffSession | null {
    if (this.session && this.clock.now() >= this.session.expiresAtMs) {
      this.log('session-expired');
      this.session = null;
    }
    return this.session ? { account: this.session.account, role: this.session.role } : null;
  }

  /** Whether the login holds `required`; a granted staff command restarts the inactivity timer. */
  authorize(required: CommandRole): boolean {
    if (required === 'worker') return true;
    const who = this.current();
    if (!this.session || !roleAllows(required, who?.role ?? null)) return false;
    this.session.expiresAtMs = this.clock.now() + LOGIN_IDLE_MS;
    return true;
  }

  /** Appends a staff action by whoever is logged in (the gate has already required a login). */
  log(action: StaffAction, detail: StaffDetail = {}): void {
    const actor: StaffActor = this.session ?? { account: 'nobody', role: null };
    appendStaffLog(
      this.db,
      this.clock.now(),
      { account: actor.account, role: actor.role },
      action,
      detail,
    );
  }

  private limits(scope: ThrottleScope): ThrottleLimits {
    const { maxPinAttempts, pinLockoutMs } = this.config();
    return scope === 'kiosk'
      ? {
          freeFailures: maxPinAttempts,
          maxFailures: maxPinAttempts * KIOSK_FAILURE_FACTOR,
          lockoutMs: pinLockoutMs,
        }
      : {
          freeFailures: ACCOUNT_FREE_FAILURES,
          maxFailures: maxPinAttempts,
          lockoutMs: pinLockoutMs,
        };
  }

  private async attempt(name: string, pin: string): Promise<LoginOutcome> {
    const scopes: ThrottleScope[] = ['kiosk', accountScope(name)];
    for (const scope of scopes) {
      const state = throttleState(this.db, scope, this.clock.now(), this.limits(scope));
      if (state.kind === 'locked-out')
        return {
          kind: 'locked-out',
          scope: scope === 'kiosk' ? 'kiosk' : 'account',
          untilMs: state.untilMs,
        };
      if (state.kind === 'backing-off') return state;
    }
    const account = findAccount(this.db, name);
    if (!account && !hasTechnician(this.db)) return { kind: 'no-technician' };
    // An unknown name costs the same scrypt as a known one, so timing does not reveal names.
    this.dummyHash ??= hashPin('000000', this.dummyCost);
    const matches = await verifyPin(pin, account?.pinHash ?? (await this.dummyHash));
    const now = this.clock.now();
    if (!account || !matches) return this.failed(name, scopes, now);
    scopes.forEach((scope) => clearFailures(this.db, scope));
    this.session = { account: account.name, role: account.role, expiresAtMs: now + LOGIN_IDLE_MS };
    this.log('login');
    return { kind: 'ok', role: account.role, expiresAtMs: now + LOGIN_IDLE_MS };
  }

  private failed(name: string, scopes: ThrottleScope[], now: number): LoginOutcome {
    const typed: StaffActor = { account: name, role: null };
    appendStaffLog(this.db, now, typed, 'login-failed');
    let locked: LoginOutcome = { kind: 'wrong-pin' };
    for (const scope of scopes) {
      const untilMs = recordFailure(this.db, scope, now, this.limits(scope));
      if (untilMs === null) continue;
      const which = scope === 'kiosk' ? 'kiosk' : 'account';
      appendStaffLog(this.db, now, typed, 'lockout', { scope: which, untilMs });
      locked = { kind: 'locked-out', scope: which, untilMs };
    }
    return locked;
  }
}
