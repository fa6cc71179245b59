// One drain pass: `concurrency` workers each keep one request in flight (over the adapter's
// keep-alive connections) until nothing is due, a failure pauses the queue, or shutdown begins.
// Records are claimed CLAIM_BATCH at a time in one transaction, and acknowledgements are
// committed together just before the next claim and at the end of the pass: two fsyncs per
// CLAIM_BATCH records instead of two per record. A crash loses at most the acks not yet
// committed; those records go back to pending like the ones in flight, and the platform answers
// their second delivery with "already stored" (ids are idempotent), so nothing is stored twice.
import type { Clock } from '../clock';
import type { Logger } from '../log/logger';
import { applyOutcome, type OutcomeContext, type Verdict } from './apply-outcome';
import type { SkewMonitor } from './clock-skew';
import type { OutboxAck, OutboxItem } from './outbox-port';
import type { PlatformAdapter, SendOutcome } from './platform-adapter';
import { clockSkewEvent, deferredEvent, drainedEvent } from './upload-events';

/**
 * Records claimed per transaction (at least `concurrency`): enough that the claim and ack fsyncs
 * are a small share of a record's cost (docs/performance.md, "Upload drain"), few enough that the
 * envelopes held at once stay a few MB even with two photos each.
 */
export const CLAIM_BATCH = 32;

/** What one drain pass did; `pausedUntilMs` is set when a failure paused the queue. */
export interface DrainSummary {
  stored: number;
  alreadyStored: number;
  quarantined: number;
  retried: number;
  pausedUntilMs: number | null;
}

/** What a pass needs, and the state it shares with the uploader across passes. */
export interface DrainPassDeps {
  readonly ctx: OutcomeContext;
  readonly adapter: PlatformAdapter;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly concurrency: number;
  readonly signal: AbortSignal;
  readonly skew: SkewMonitor;
  readonly onVerdict: (verdict: Verdict) => void;
  /** The queue-wide pause: read before each claim, raised by a failure. */
  readonly pause: { untilMs: number };
}

/** Runs one pass to its end. */
export async function runDrainPass(deps: DrainPassDeps): Promise<DrainSummary> {
  const { ctx, clock, pause } = deps;
  const summary: DrainSummary = {
    stored: 0,
    alreadyStored: 0,
    quarantined: 0,
    retried: 0,
    pausedUntilMs: null,
  };

  const send = async (item: OutboxItem): Promise<SendOutcome> => {
    try {
      return await deps.adapter.send(item.recordId, item.envelope, deps.signal);
    } catch (error) {
      // A bug in an adapter must not strand the record in `sending`.
      ctx.outbox.markRetry(item.recordId, clock.now() + ctx.backoff.capMs, 'adapter-failure');
      throw error;
    }
  };

  const claimed: OutboxItem[] = [];
  const acked: OutboxAck[] = [];
  const commitAcks = () => {
    if (acked.length > 0) ctx.outbox.markAckedBatch(acked.splice(0));
  };
  const nextItem = (): OutboxItem | undefined => {
    if (claimed.length === 0) {
      commitAcks();
      claimed.push(...ctx.outbox.claimDue(clock.now(), Math.max(CLAIM_BATCH, deps.concurrency)));
    }
    return claimed.shift();
  };

  const worker = async (): Promise<void> => {
    while (!deps.signal.aborted && clock.now() >= pause.untilMs) {
      const item = nextItem();
      if (!item) return;
      const outcome = await send(item);
      const skewMs = deps.skew.observe(outcome.skewMs);
      if (skewMs !== undefined) ctx.emit(clockSkewEvent(skewMs));
      if (outcome.kind === 'stored' || outcome.kind === 'already-stored')
        acked.push({ recordId: item.recordId, atMs: clock.now(), how: outcome.kind });
      const verdict = applyOutcome(ctx, item, outcome, clock.now());
      deps.onVerdict(verdict);
      if (verdict.kind === 'abandoned') return;
      if (verdict.kind === 'pause' || verdict.kind === 'refused') {
        summary.retried += 1;
        pause.untilMs = Math.max(pause.untilMs, verdict.untilMs);
        return;
      }
      if (verdict.counted === 'already-stored') summary.alreadyStored += 1;
      else summary[verdict.counted] += 1;
    }
  };

  // Every worker ends before anything is released, so no record is released while in flight.
  const ends = await Promise.allSettled(Array.from({ length: deps.concurrency }, worker));
  // Acks first: release must not put an acknowledged record back to pending.
  commitAcks();
  // Claimed but never sent (a pause or shutdown came first): this pass owns every `sending` row.
  if (claimed.length > 0) ctx.outbox.releaseInFlight();
  const failed = ends.find((end) => end.status === 'rejected');
  if (failed) throw failed.reason;
  const now = clock.now();
  const stats = ctx.outbox.stats(now);
  const sent = summary.stored + summary.alreadyStored;
  if (sent > 0 && stats.pending === 0 && stats.sending === 0) ctx.emit(drainedEvent(sent));
  if (pause.untilMs > now) summary.pausedUntilMs = pause.untilMs;
  if (summary.retried > 0)
    ctx.emit(deferredEvent(summary.retried, (summary.pausedUntilMs ?? now) - now));
  deps.logger.log('info', 'upload.pass', { ...summary, pending: stats.pending });
  return summary;
}
