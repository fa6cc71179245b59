import { KioskError } from '../../kiosk-error';
import { SAM_MESSAGES } from '../../../shared/i18n/catalog-sam';
import { localize } from '../../../shared/i18n/locale';
import type { SamCommandName } from './command-codes';
import { SW3_FAILURES, type SamFailureReason, type SamRecovery } from './status-words';

const hex = (sw3: number) => sw3.toString(16).toUpperCase().padStart(2, '0');

/** Why a status error happened: a row of the SW3 table, or a code the table does not know. */
export type SamStatusReason = SamFailureReason | 'unknown-status';

/** The SAM answered with a failure status word; branch on `reason` (or `sw3`). */
export class SamStatusError extends KioskError {
  readonly reason: SamStatusReason;
  readonly recovery: SamRecovery;

  constructor(
    readonly command: SamCommandName,
    readonly sw3: number,
  ) {
    const row = SW3_FAILURES.get(sw3);
    const text = row
      ? SAM_MESSAGES[row.message]
      : localize(SAM_MESSAGES['sw-unknown'], { sw3: hex(sw3) });
    super(`sam.status.${hex(sw3)}`, text, row?.retryable ?? false);
    this.reason = row?.reason ?? 'unknown-status';
    this.recovery = row?.recovery ?? 'reset';
  }
}

/** No answer to a command within its timeout. */
export class SamTimeoutError extends KioskError {
  constructor(
    readonly command: SamCommandName,
    readonly timeoutMs: number,
  ) {
    super('sam.timeout', localize(SAM_MESSAGES.timeout, { command, timeoutMs }), true);
  }
}

/** The command never ran or never finished because the client was closed. */
export class SamClosedError extends KioskError {
  constructor(readonly command: SamCommandName) {
    super('sam.closed', SAM_MESSAGES['client-closed'], true);
  }
}

/** What was wrong with a success answer's data. */
export type SamPayloadFault = 'too-short' | 'length-mismatch' | 'bad-block-size' | 'bad-sam-id';

/** A success answer whose data does not follow the documented layout. */
export class SamPayloadError extends KioskError {
  constructor(
    readonly command: SamCommandName,
    readonly fault: SamPayloadFault,
  ) {
    super(
      `sam.payload.${fault}`,
      localize(SAM_MESSAGES['bad-payload'], { detail: `${command}: ${fault}` }),
      true,
    );
  }
}
