/** The KioskApi's record lifecycle commands: figures over days (roles are checked by the dispatcher). */
import type { KioskCommands } from '../../shared/kiosk-api/kiosk-api';
import { ok } from '../../shared/result';
import type { SessionTally } from './session-tally';

/** The record lifecycle command names. */
export type RecordsCommands = Pick<KioskCommands, 'stats.days'>;

/** What the record lifecycle commands read and drive. */
export interface RecordsDeps {
  readonly tally: SessionTally;
}

/** Builds the record lifecycle commands. */
export function recordsCommands(deps: RecordsDeps): RecordsCommands {
  return {
    'stats.days': async ({ days }) => ok({ days: deps.tally.days(days) }),
  };
}
