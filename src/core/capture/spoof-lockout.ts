/** Locks the kiosk for a while after repeated spoof verdicts, across sessions (a presentation-attack brake). */
import type { Clock } from '../clock';

/** Lockout settings: after `afterSpoofs` spoofs within `windowMs`, lock for `lockMs`. */
export interface SpoofLockoutPolicy {
  readonly afterSpoofs: number;
  readonly windowMs: number;
  readonly lockMs: number;
}

/** Counts spoof verdicts in a sliding window; holds only times, no personal data. */
export class SpoofLockout {
  private spoofsAtMs: number[] = [];
  private lockedUntilMs: number | null = null;

  constructor(
    private readonly policy: SpoofLockoutPolicy,
    private readonly clock: Clock,
  ) {}

  /** Records a spoof verdict; returns the lock's end when this one triggers the lockout, else null. */
  recordSpoof(): number | null {
    const now = this.clock.now();
    this.spoofsAtMs = [...this.spoofsAtMs.filter((at) => now - at < this.policy.windowMs), now];
    if (this.spoofsAtMs.length < this.policy.afterSpoofs) return null;
    this.spoofsAtMs = [];
    this.lockedUntilMs = now + this.policy.lockMs;
    return this.lockedUntilMs;
  }

  /** The end of the current lock, or null when not locked. */
  lockedUntil(): number | null {
    if (this.lockedUntilMs !== null && this.clock.now() >= this.lockedUntilMs)
      this.lockedUntilMs = null;
    return this.lockedUntilMs;
  }

  /** Lifts the lock early (an operator unlocked the kiosk). */
  lift(): void {
    this.lockedUntilMs = null;
    this.spoofsAtMs = [];
  }
}
