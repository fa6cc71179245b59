/**
 * Login throttling, per account and per kiosk: each failure makes the next attempt wait longer,
 * and enough failures lock the scope out. Kept in SQLite, so a restart does not reset it.
 */
import type { Database } from 'better-sqlite3';

/** A throttled scope: the whole kiosk, or one account (names compared case-insensitively). */
export type ThrottleScope = 'kiosk' | `account:${string}`;

/** The scope of an account name. */
export const accountScope = (name: string): ThrottleScope => `account:${name.toLowerCase()}`;

/** Limits of one scope. */
export interface ThrottleLimits {
  /** Failures allowed without a wait (typos happen). */
  readonly freeFailures: number;
  /** Failures that lock the scope out. */
  readonly maxFailures: number;
  readonly lockoutMs: number;
}

/** Whether a scope takes an attempt now. */
export type ThrottleState =
  | { readonly kind: 'open' }
  | { readonly kind: 'backing-off'; readonly untilMs: number }
  | { readonly kind: 'locked-out'; readonly untilMs: number };

interface Row {
  failures: number;
  lastFailureAtMs: number;
  lockedUntilMs: number;
}

/** The wait after the n-th failure: none for the free ones, then 1 s, doubling, at most 30 s. */
function backoffMs(failures: number, freeFailures: number): number {
  return failures <= freeFailures ? 0 : Math.min(1000 * 2 ** (failures - freeFailures - 1), 30_000);
}

function read(db: Database, scope: ThrottleScope): Row | undefined {
  return db
    .prepare<[string], Row>(
      `SELECT failures, last_failure_at_ms AS lastFailureAtMs, locked_until_ms AS lockedUntilMs
       FROM login_throttle WHERE scope = ?`,
    )
    .get(scope);
}

// Failures older than a lockout period are forgiven, so a few typos a week never add up.
const liveFailures = (row: Row, nowMs: number, limits: ThrottleLimits) =>
  nowMs - row.lastFailureAtMs > limits.lockoutMs ? 0 : row.failures;

/** The scope's state now. */
export function throttleState(
  db: Database,
  scope: ThrottleScope,
  nowMs: number,
  limits: ThrottleLimits,
): ThrottleState {
  const row = read(db, scope);
  if (!row) return { kind: 'open' };
  if (nowMs < row.lockedUntilMs) return { kind: 'locked-out', untilMs: row.lockedUntilMs };
  const failures = liveFailures(row, nowMs, limits);
  const untilMs = row.lastFailureAtMs + backoffMs(failures, limits.freeFailures);
  return nowMs < untilMs ? { kind: 'backing-off', untilMs } : { kind: 'open' };
}

/** Counts a failure; returns the lockout's end when this failure locked the scope out. */
export function recordFailure(
  db: Database,
  scope: ThrottleScope,
  nowMs: number,
  limits: ThrottleLimits,
): number | null {
  const row = read(db, scope);
  const failures = (row ? liveFailures(row, nowMs, limits) : 0) + 1;
  const locks = failures >= limits.maxFailures;
  const lockedUntilMs = locks ? nowMs + limits.lockoutMs : 0;
  db.prepare(
    `INSERT INTO login_throttle (scope, failures, last_failure_at_ms, locked_until_ms)
     VALUES (?, ?, ?, ?)
     ON CONFLICT (scope) DO UPDATE SET failures = excluded.failures,
       last_failure_at_ms = excluded.last_failure_at_ms, locked_until_ms = excluded.locked_until_ms`,
  ).run(scope, locks ? 0 : failures, nowMs, lockedUntilMs);
  return locks ? lockedUntilMs : null;
}

/** Forgets a scope's failures after a successful login. */
export function clearFailures(db: Database, scope: ThrottleScope): void {
  db.prepare('DELETE FROM login_throttle WHERE scope = ?').run(scope);
}
