/** The KioskApi's record lifecycle commands: figures over days, retention, quarantine review (roles are checked by the dispatcher). */
import { LIFECYCLE_TEXTS } from '../../shared/i18n/catalog-lifecycle';
import type { KioskCommands } from '../../shared/kiosk-api/kiosk-api';
import { err, ok } from '../../shared/result';
import type { Operator } from '../capture/ports';
import type { StaffLogPort } from '../capture/session-commands';
import { KioskError } from '../kiosk-error';
import type { QuarantineDecision } from '../store/quarantine-review';
import type { RecordStore } from '../store/record-store';
import type { RetentionService } from '../services/retention-service';
import type { SessionTally } from '../services/session-tally';

/** The record lifecycle command names. */
export type RecordsCommands = Pick<
  KioskCommands,
  'stats.days' | 'records.retention' | 'quarantine.list' | 'quarantine.retry' | 'quarantine.discard'
>;

/** What the record lifecycle commands read and drive. */
export interface RecordsDeps {
  readonly tally: SessionTally;
  readonly retention: Pick<RetentionService, 'unackedAlarm' | 'inForce'>;
  readonly store: Pick<RecordStore, 'quarantined' | 'resolveQuarantined'>;
  /** Who is logged in: the dispatcher has checked the role, this names the actor in the audit log. */
  readonly operator: () => Operator | null;
  /** Called after a record went back to the queue (wakes the uploader). */
  readonly requeued: () => void;
  /** Appends the review to the staff log, by whoever is logged in. */
  readonly logStaff: StaffLogPort;
}

const notQuarantined = {
  code: 'quarantine.not-found',
  text: LIFECYCLE_TEXTS.notQuarantined,
  retryable: false,
};

/** Builds the record lifecycle commands. */
export function recordsCommands(deps: RecordsDeps): RecordsCommands {
  const decide = async (recordId: string, decision: QuarantineDecision) => {
    const actor = deps.operator()?.id ?? 'unknown-operator';
    try {
      if (!deps.store.resolveQuarantined(recordId, actor, decision)) return err(notQuarantined);
    } catch (error) {
      if (!(error instanceof KioskError)) throw error;
      return err(error.toProblem());
    }
    deps.logStaff('record-review', { subject: 'quarantine', recordId, decision: decision.kind });
    if (decision.kind === 'requeue') deps.requeued();
    return ok({});
  };
  return {
    'stats.days': async ({ days }) => ok({ days: deps.tally.days(days) }),
    'records.retention': async () =>
      ok({ ...deps.retention.inForce(), alarm: deps.retention.unackedAlarm() }),
    'quarantine.list': async () => ok({ records: deps.store.quarantined() }),
    'quarantine.retry': ({ recordId }) => decide(recordId, { kind: 'requeue' }),
    'quarantine.discard': ({ recordId, reason }) => decide(recordId, { kind: 'reject', reason }),
  };
}
