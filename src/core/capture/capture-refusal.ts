/** Why the session refused a command; callers branch on `reason`, the screen shows `text`. */
import { API_MESSAGES, REASON_TEXT } from '../../shared/i18n/catalog-capture';
import { WORKER_TEXT } from '../../shared/i18n/catalog-screens';
import { KioskError } from '../kiosk-error';

/** The reasons a session command can be refused. */
export type RefusalReason =
  | 'busy'
  | 'not-now'
  | 'locked'
  | 'store-full'
  | 'consent-version'
  | 'operator-not-allowed'
  | 'operator-required';

const TEXT = {
  busy: API_MESSAGES.busy,
  'not-now': API_MESSAGES.notNow,
  locked: REASON_TEXT['locked-out'],
  'store-full': WORKER_TEXT.storeError,
  'consent-version': API_MESSAGES.consentVersion,
  'operator-not-allowed': API_MESSAGES.operatorNotAllowed,
  'operator-required': API_MESSAGES.operatorRequired,
} as const;

/** A command the session cannot take in its current state or under its policy. */
export class CaptureRefusal extends KioskError {
  constructor(readonly reason: RefusalReason) {
    super(`capture.${reason}`, TEXT[reason], reason === 'busy');
  }
}
