// The uploader's view of the outbox. The store implements it (src/core/store); the uploader never
// touches SQLite directly, so a different store or an in-memory double can stand behind it.
import type { SignedEnvelope } from '../records/envelope';

/** One record claimed for sending: its id, the unsealed signed envelope and how often it failed so far. */
export interface OutboxItem {
  readonly recordId: string;
  readonly envelope: SignedEnvelope;
  /** Attempts that ended in `markRetry` before this claim (0 on the first try); drives the backoff. */
  readonly attempts: number;
}

/** How the platform acknowledged a record: newly stored (201) or already held (200). */
export type AckKind = 'stored' | 'already-stored';

/** One acknowledgement to record: which record, when, and how the platform took it. */
export interface OutboxAck {
  readonly recordId: string;
  readonly atMs: number;
  readonly how: AckKind;
}

/** Queue figures for the operator console and `kiosk queue status`. */
export interface OutboxStats {
  readonly pending: number;
  readonly sending: number;
  readonly acked: number;
  readonly rejected: number;
  readonly quarantined: number;
  /** Pending records whose next attempt time has come. */
  readonly due: number;
  /** Creation time of the oldest record not yet acknowledged, quarantined or rejected; null when none. */
  readonly oldestUnackedAtMs: number | null;
  /** Earliest next-attempt time among pending records; null when nothing is pending. */
  readonly nextAttemptAtMs: number | null;
}

/** The outbox operations the uploader needs; every call is synchronous and transactional. */
export interface OutboxPort {
  /** Moves up to `limit` pending records whose next attempt time is <= nowMs to `sending` and returns them, earliest due first (oldest first among records never retried). */
  claimDue(nowMs: number, limit: number): OutboxItem[];
  /** Marks `sending` records acknowledged by the platform, in one transaction (one fsync for the lot). */
  markAckedBatch(acks: readonly OutboxAck[]): void;
  /** Puts a `sending` record back to pending, due at `nextAttemptAtMs`, attempts + 1, with the last error (no personal data). */
  markRetry(recordId: string, nextAttemptAtMs: number, error: string): void;
  /** Takes a `sending` record out of the upload path for an operator to look at; `reason` is operator-readable. */
  markQuarantined(recordId: string, nowMs: number, reason: string): void;
  /** At start-up or shutdown: every `sending` record back to pending, due now, attempts unchanged; returns how many. */
  releaseInFlight(): number;
  /** Counts per state at `nowMs`. */
  stats(nowMs: number): OutboxStats;
}
