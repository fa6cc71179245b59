// The outbox over SQLite: the uploader's OutboxPort. Each call is one transaction, and every state
// change that matters to an auditor (ack, quarantine) writes its audit entry in the same commit.
import type { Database } from 'better-sqlite3';
import type { Clock } from '../clock';
import type { OutboxAck, OutboxItem, OutboxPort, OutboxStats } from '../upload/outbox-port';
import { SealTamperedError } from '../records/record-seal';
import { appendRecordAudit } from './audit-log';
import type { DataKeyRing } from './data-keys';
import { readEnvelope } from './record-reader';

type State = 'pending' | 'sending' | 'acked' | 'rejected' | 'quarantined';

/** The OutboxPort over the store's outbox table. */
export function createOutbox(db: Database, keys: DataKeyRing, clock: Clock): OutboxPort {
  // Earliest due first, then in the order written (outbox rows are inserted with their records):
  // the outbox_due index yields exactly this order, so a claim reads only the rows it takes instead
  // of sorting the whole backlog each time. A record never retried is due at its capture time.
  const due = db.prepare<[number, number], { recordId: string; attempts: number }>(
    `SELECT record_id AS recordId, attempts FROM outbox
     WHERE state = 'pending' AND next_attempt_at_ms <= ? ORDER BY next_attempt_at_ms, rowid LIMIT ?`,
  );
  const move = db.prepare<{
    recordId: string;
    from: State;
    to: State;
    nowMs: number;
    error: string | null;
  }>(
    `UPDATE outbox SET state = @to, updated_at_ms = @nowMs, last_error = coalesce(@error, last_error)
     WHERE record_id = @recordId AND state = @from`,
  );

  const quarantine = (recordId: string, nowMs: number, reason: string, actor: string): void => {
    if (
      move.run({ recordId, from: 'sending', to: 'quarantined', nowMs, error: reason }).changes === 0
    )
      return;
    appendRecordAudit(db, recordId, {
      atMs: nowMs,
      actor,
      action: 'record-quarantined',
      detail: reason,
    });
  };

  const claim = db.transaction((nowMs: number, limit: number): OutboxItem[] => {
    const items: OutboxItem[] = [];
    for (const { recordId, attempts } of due.all(nowMs, limit)) {
      move.run({ recordId, from: 'pending', to: 'sending', nowMs, error: null });
      try {
        const envelope = readEnvelope(db, keys, recordId);
        if (envelope) items.push({ recordId, envelope, attempts });
      } catch (error) {
        if (!(error instanceof SealTamperedError)) throw error;
        // One damaged payload must not block the queue: set it aside for a technician.
        quarantine(recordId, nowMs, 'sealed payload damaged on this device', 'kiosk');
      }
    }
    return items;
  });

  const ack = db.prepare<[number, number, string]>(
    `UPDATE outbox SET state = 'acked', acked_at_ms = ?, updated_at_ms = ?, last_error = NULL
     WHERE record_id = ? AND state IN ('sending', 'pending')`,
  );
  const ackOne = ({ recordId, atMs, how }: OutboxAck): void => {
    if (ack.run(atMs, atMs, recordId).changes > 0)
      appendRecordAudit(db, recordId, {
        atMs,
        actor: 'uploader',
        action: 'record-acked',
        detail: how,
      });
  };
  const acked = db.transaction((acks: readonly OutboxAck[]) => acks.forEach(ackOne));

  return {
    claimDue: (nowMs, limit) => claim.immediate(nowMs, limit),
    markAckedBatch: (acks) => acked.immediate(acks),
    markRetry(recordId, nextAttemptAtMs, error) {
      db.prepare(
        `UPDATE outbox SET state = 'pending', attempts = attempts + 1, next_attempt_at_ms = ?, last_error = ?, updated_at_ms = ?
         WHERE record_id = ? AND state = 'sending'`,
      ).run(nextAttemptAtMs, error, clock.now(), recordId);
    },
    markQuarantined: (recordId, nowMs, reason) =>
      db.transaction(() => quarantine(recordId, nowMs, reason, 'uploader')).immediate(),
    releaseInFlight() {
      const nowMs = clock.now();
      return db
        .prepare(
          "UPDATE outbox SET state = 'pending', next_attempt_at_ms = ?, updated_at_ms = ? WHERE state = 'sending'",
        )
        .run(nowMs, nowMs).changes;
    },
    stats: (nowMs) => outboxStats(db, nowMs),
  };
}

/** Queue figures at `nowMs`, in one read. */
function outboxStats(db: Database, nowMs: number): OutboxStats {
  const counts = { pending: 0, sending: 0, acked: 0, rejected: 0, quarantined: 0 };
  for (const row of db
    .prepare<[], { state: State; n: number }>(
      'SELECT state, COUNT(*) AS n FROM outbox GROUP BY state',
    )
    .all()) {
    counts[row.state] = row.n;
  }
  const times = db
    .prepare<[number], { due: number; oldest: number | null; next: number | null }>(
      `SELECT
         (SELECT COUNT(*) FROM outbox WHERE state = 'pending' AND next_attempt_at_ms <= ?) AS due,
         (SELECT MIN(created_at_ms) FROM outbox WHERE state IN ('pending', 'sending')) AS oldest,
         (SELECT MIN(next_attempt_at_ms) FROM outbox WHERE state = 'pending') AS next`,
    )
    .get(nowMs);
  return {
    ...counts,
    due: times?.due ?? 0,
    oldestUnackedAtMs: times?.oldest ?? null,
    nextAttemptAtMs: times?.next ?? null,
  };
}
