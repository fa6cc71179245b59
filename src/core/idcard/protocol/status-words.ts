import type { SamMessageKey } from '../../../shared/i18n/catalog-sam';

/** SW3 values that answer a command successfully: 90 done, 9F card found, 91 item has no content. */
export const SW3_OK = 0x90;
/** Find-card success. */
export const SW3_CARD_FOUND = 0x9f;
/** A valid answer meaning "nothing there" (e.g. no appended address). */
export const SW3_NO_CONTENT = 0x91;

/** How a failure status can be recovered from. */
export type SamRecovery =
  /** The host frame was damaged: send the same command again (the client does this once). */
  | 'resend'
  /** Start the read cycle again from find card. */
  | 'refind'
  /** Reset the SAM (10 FF) first. */
  | 'reset'
  /** Nothing software can do: tell a person. */
  | 'none';

/** Why the SAM refused a command; callers branch on this, never on a message. */
export type SamFailureReason =
  | 'checksum-error'
  | 'length-error'
  | 'command-error'
  | 'unauthorized'
  | 'unrecognised-error'
  | 'card-auth-failed'
  | 'sam-auth-failed'
  | 'verify-failed'
  | 'unknown-card-type'
  | 'read-failed'
  | 'random-failed'
  | 'self-test-failed'
  | 'not-authorised'
  | 'find-failed'
  | 'select-failed';

/** One failure row of the SW3 table. */
export interface SamFailureStatus {
  readonly reason: SamFailureReason;
  /** Whether trying again (per `recovery`) may succeed. */
  readonly retryable: boolean;
  readonly recovery: SamRecovery;
  readonly message: SamMessageKey;
}

const row = (
  reason: SamFailureReason,
  retryable: boolean,
  recovery: SamRecovery,
): SamFailureStatus => ({
  reason,
  retryable,
  recovery,
  message: `sw-${reason}`,
});

/** The SW3 failure table of the protocol document (§3). */
export const SW3_FAILURES: ReadonlyMap<number, SamFailureStatus> = new Map([
  [0x10, row('checksum-error', true, 'resend')],
  [0x11, row('length-error', true, 'resend')],
  [0x21, row('command-error', false, 'refind')],
  [0x23, row('unauthorized', false, 'none')],
  [0x24, row('unrecognised-error', true, 'reset')],
  [0x31, row('card-auth-failed', true, 'refind')],
  [0x32, row('sam-auth-failed', true, 'refind')],
  [0x33, row('verify-failed', true, 'refind')],
  [0x40, row('unknown-card-type', false, 'none')],
  [0x41, row('read-failed', true, 'refind')],
  [0x47, row('random-failed', true, 'refind')],
  [0x60, row('self-test-failed', false, 'reset')],
  [0x66, row('not-authorised', false, 'none')],
  [0x80, row('find-failed', true, 'refind')],
  [0x81, row('select-failed', true, 'refind')],
]);

/** Whether an SW3 value is one of the success kinds (90, 9F, 91). */
export function isSuccessSw3(sw3: number): boolean {
  return sw3 === SW3_OK || sw3 === SW3_CARD_FOUND || sw3 === SW3_NO_CONTENT;
}
