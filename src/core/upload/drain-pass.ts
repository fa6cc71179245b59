// One drain pass: `concurrency` workers claim due records one at a time, send them and record the
// outcome, until nothing is due, a failure pauses the queue, or shutdown begins.
import type { Clock } from '../clock';
import type { Logger } from '../log/logger';
import { applyOutcome, type OutcomeContext, type Verdict } from './apply-outcome';
import type { SkewMonitor } from './clock-skew';
import type { OutboxItem } from './outbox-port';
import type { PlatformAdapter, SendOutcome } from './platform-adapter';
import { clockSkewEvent, drainedEvent } from './upload-events';

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

  const worker = async (): Promise<void> => {
    while (!deps.signal.aborted && clock.now() >= pause.untilMs) {
      const [item] = ctx.outbox.claimDue(clock.now(), 1);
      if (!item) return;
      const outcome = await send(item);
      const skewMs = deps.skew.observe(outcome.skewMs);
      if (skewMs !== undefined) ctx.emit(clockSkewEvent(skewMs));
      const verdict = applyOutcome(ctx, item, outcome, clock.now());
      deps.onVerdict(verdict);
      if (verdict.kind === 'abandoned') return;
      if (verdict.kind === 'pause') {
        summary.retried += 1;
        pause.untilMs = Math.max(pause.untilMs, verdict.untilMs);
        return;
      }
      if (verdict.counted === 'already-stored') summary.alreadyStored += 1;
      else summary[verdict.counted] += 1;
    }
  };

  await Promise.all(Array.from({ length: deps.concurrency }, worker));
  const now = clock.now();
  const stats = ctx.outbox.stats(now);
  const sent = summary.stored + summary.alreadyStored;
  if (sent > 0 && stats.pending === 0 && stats.sending === 0) ctx.emit(drainedEvent(sent));
  if (pause.untilMs > now) summary.pausedUntilMs = pause.untilMs;
  deps.logger.log('info', 'upload.pass', { ...summary, pending: stats.pending });
  return summary;
}
