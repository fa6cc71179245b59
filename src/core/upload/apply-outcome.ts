// Turns one platform answer into an outbox transition. Kept apart from the drain loop so every
// outcome's bookkeeping is tested without sockets or timers.
import { assertNever } from '../../shared/result';
import type { Logger } from '../log/logger';
import { backoffDelayMs, type BackoffPolicy } from './backoff';
import type { OutboxItem, OutboxPort } from './outbox-port';
import type { SendOutcome } from './platform-adapter';
import {
  clockRefusedEvent,
  notRegisteredEvent,
  quarantinedEvent,
  quarantineReason,
  type UploadEvent,
} from './upload-events';

/** What the drain loop needs to apply an outcome. */
export interface OutcomeContext {
  readonly outbox: OutboxPort;
  readonly backoff: BackoffPolicy;
  readonly random: () => number;
  readonly logger: Logger;
  readonly keyId: string;
  readonly emit: (event: UploadEvent) => void;
}

/**
 * What the drain loop does next: carry on, pause every send until a time (`refused`: the platform
 * refused the request itself, rather than being unreachable or busy), or leave the record to shutdown.
 */
export type Verdict =
  | { readonly kind: 'continue'; readonly counted: 'stored' | 'already-stored' | 'quarantined' }
  | { readonly kind: 'pause'; readonly untilMs: number }
  | { readonly kind: 'refused'; readonly cause: 'credentials'; readonly untilMs: number }
  | {
      readonly kind: 'refused';
      readonly cause: 'clock';
      readonly untilMs: number;
      /** How far off the platform said our clock is (0 when its answer did not say). */
      readonly skewMs: number;
    }
  | { readonly kind: 'abandoned' };

function retry(
  ctx: OutcomeContext,
  item: OutboxItem,
  nowMs: number,
  error: string,
  afterMs: number | undefined,
) {
  const untilMs = nowMs + (afterMs ?? backoffDelayMs(item.attempts, ctx.backoff, ctx.random));
  ctx.outbox.markRetry(item.recordId, untilMs, error);
  ctx.logger.log('info', 'upload.retry', {
    recordId: item.recordId,
    error,
    attempts: item.attempts + 1,
    inMs: untilMs - nowMs,
  });
  return untilMs;
}

/**
 * Records the outcome of sending `item` in the outbox, all but an ack (the drain pass commits acks in
 * batches). A failure that is not about this record (network, 429/5xx, unknown key, refused clock)
 * pauses the whole queue rather than burning through every record.
 */
export function applyOutcome(
  ctx: OutcomeContext,
  item: OutboxItem,
  outcome: SendOutcome,
  nowMs: number,
): Verdict {
  switch (outcome.kind) {
    case 'stored':
    case 'already-stored':
      // The drain pass commits the ack, grouped with its neighbours' before its next claim (drain-pass.ts).
      ctx.logger.log('debug', 'upload.acked', { recordId: item.recordId, how: outcome.kind });
      return { kind: 'continue', counted: outcome.kind };
    case 'rejected': {
      ctx.outbox.markQuarantined(item.recordId, nowMs, quarantineReason(outcome.rejection));
      // The title comes from the platform and could echo personal data: log only status and type.
      ctx.logger.log('warn', 'upload.quarantined', {
        recordId: item.recordId,
        status: outcome.rejection.status,
        problemType: outcome.rejection.problemType,
      });
      ctx.emit(quarantinedEvent(item.recordId, outcome.rejection));
      return { kind: 'continue', counted: 'quarantined' };
    }
    case 'unauthorized': {
      if (outcome.cause === 'clock') {
        const untilMs = retry(ctx, item, nowMs, 'clock refused by the platform', undefined);
        ctx.logger.log('error', 'upload.clock-refused', { skewMs: outcome.skewMs });
        return { kind: 'refused', cause: 'clock', untilMs, skewMs: outcome.skewMs ?? 0 };
      }
      const untilMs = retry(ctx, item, nowMs, 'http-401 device key not registered', undefined);
      ctx.logger.log('error', 'upload.device-not-registered', { keyId: ctx.keyId });
      return { kind: 'refused', cause: 'credentials', untilMs };
    }
    case 'retry-later':
      return {
        kind: 'pause',
        untilMs: retry(ctx, item, nowMs, outcome.reason, outcome.afterMs),
      };
    case 'network-error':
      // Shutdown aborted the request: the record goes back to pending through releaseInFlight,
      // without counting as a failed attempt.
      if (outcome.cause === 'aborted') return { kind: 'abandoned' };
      return {
        kind: 'pause',
        untilMs: retry(ctx, item, nowMs, `network-${outcome.cause}`, undefined),
      };
    default:
      return assertNever(outcome, 'send outcome');
  }
}

/** Emits "device not registered" (or "clock refused") once per stretch of refusals, not once per record. */
export function createRefusalAlarm(
  ctx: Pick<OutcomeContext, 'emit' | 'keyId'>,
): (verdict: Verdict) => void {
  let raised = false;
  return (verdict) => {
    if (verdict.kind === 'refused') {
      if (!raised)
        ctx.emit(
          verdict.cause === 'clock'
            ? clockRefusedEvent(verdict.skewMs)
            : notRegisteredEvent(ctx.keyId),
        );
      raised = true;
    } else if (verdict.kind === 'continue') {
      raised = false;
    }
  };
}
