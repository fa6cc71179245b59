// An in-memory OutboxPort for the uploader's unit tests: the same state machine as the SQLite
// outbox (pending -> sending -> acked | quarantined, back to pending on retry or release).
import type { SignedEnvelope } from '../../src/core/records/envelope';
import type {
  AckKind,
  OutboxItem,
  OutboxPort,
  OutboxStats,
} from '../../src/core/upload/outbox-port';

type Row = {
  recordId: string;
  envelope: SignedEnvelope;
  state: 'pending' | 'sending' | 'acked' | 'quarantined';
  attempts: number;
  nextAttemptAtMs: number;
  createdAtMs: number;
  lastError?: string;
  ack?: AckKind;
};

/** The in-memory outbox with its rows open to assertions. */
export type InMemoryOutbox = OutboxPort & {
  readonly rows: Map<string, Row>;
  add(recordId: string, envelope: SignedEnvelope, createdAtMs?: number): void;
};

/** Creates an empty in-memory outbox. */
export function createInMemoryOutbox(): InMemoryOutbox {
  const rows = new Map<string, Row>();
  const sending = (recordId: string): Row => {
    const row = rows.get(recordId);
    if (row?.state !== 'sending') throw new Error(`record ${recordId} is not sending`);
    return row;
  };
  return {
    rows,
    add(recordId, envelope, createdAtMs = 0) {
      rows.set(recordId, {
        recordId,
        envelope,
        state: 'pending',
        attempts: 0,
        nextAttemptAtMs: createdAtMs,
        createdAtMs,
      });
    },
    claimDue(nowMs, limit): OutboxItem[] {
      const due = [...rows.values()]
        .filter((r) => r.state === 'pending' && r.nextAttemptAtMs <= nowMs)
        .sort((a, b) => a.nextAttemptAtMs - b.nextAttemptAtMs)
        .slice(0, limit);
      for (const row of due) row.state = 'sending';
      return due.map(({ recordId, envelope, attempts }) => ({ recordId, envelope, attempts }));
    },
    markAckedBatch(acks) {
      for (const { recordId, how } of acks)
        Object.assign(sending(recordId), { state: 'acked', ack: how });
    },
    markRetry(recordId, nextAttemptAtMs, error) {
      const row = sending(recordId);
      Object.assign(row, {
        state: 'pending',
        nextAttemptAtMs,
        lastError: error,
        attempts: row.attempts + 1,
      });
    },
    markQuarantined(recordId, _nowMs, reason) {
      Object.assign(sending(recordId), { state: 'quarantined', lastError: reason });
    },
    releaseInFlight() {
      const inFlight = [...rows.values()].filter((r) => r.state === 'sending');
      for (const row of inFlight) row.state = 'pending';
      return inFlight.length;
    },
    stats(nowMs): OutboxStats {
      const all = [...rows.values()];
      const count = (state: Row['state']) => all.filter((r) => r.state === state).length;
      const pending = all.filter((r) => r.state === 'pending');
      const open = all.filter((r) => r.state === 'pending' || r.state === 'sending');
      return {
        pending: pending.length,
        sending: count('sending'),
        acked: count('acked'),
        rejected: 0,
        quarantined: count('quarantined'),
        due: pending.filter((r) => r.nextAttemptAtMs <= nowMs).length,
        oldestUnackedAtMs: open.length ? Math.min(...open.map((r) => r.createdAtMs)) : null,
        nextAttemptAtMs: pending.length ? Math.min(...pending.map((r) => r.nextAttemptAtMs)) : null,
      };
    },
  };
}
