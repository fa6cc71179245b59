/** The KioskApi's console commands: login, lock, device status, queue, today's figures, screen settings. */
import type { KioskConfig } from '../../shared/config/config-schema';
import { STAFF_MESSAGES } from '../../shared/i18n/catalog-staff';
import { localize } from '../../shared/i18n/locale';
import type { DeviceStatus, QueueStatus } from '../../shared/kiosk-api/device-status';
import type { KioskCommands } from '../../shared/kiosk-api/kiosk-api';
import { assertNever, err, ok } from '../../shared/result';
import type { CaptureSession } from '../capture/capture-session';
import type { Clock } from '../clock';
import type { OutboxPort } from '../upload/outbox-port';
import type { LoginOutcome, StaffAccess } from '../staff/staff-access';
import type { SessionTally } from '../services/session-tally';

/** The console command names. */
export type ConsoleCommands = Pick<
  KioskCommands,
  | 'operator.login'
  | 'operator.logout'
  | 'kiosk.lock'
  | 'kiosk.unlock'
  | 'status.get'
  | 'queue.status'
  | 'stats.today'
  | 'ui.settings'
>;

/** What the console commands read and drive. */
export interface ConsoleDeps {
  readonly config: () => KioskConfig;
  readonly staff: Pick<StaffAccess, 'login' | 'logout' | 'log'>;
  readonly session: Pick<CaptureSession, 'lock' | 'unlock' | 'state'>;
  readonly outbox: Pick<OutboxPort, 'stats'>;
  readonly tally: SessionTally;
  readonly clock: Clock;
  readonly deviceStatus: () => DeviceStatus;
  /** When the platform last acknowledged a record. */
  readonly lastUploadOkAtMs: () => number | null;
}

const minutes = (untilMs: number, nowMs: number) =>
  Math.max(1, Math.ceil((untilMs - nowMs) / 60_000));

/** The answer to a login attempt: the role, or a problem that says what to do. */
function loginAnswer(outcome: LoginOutcome, nowMs: number) {
  switch (outcome.kind) {
    case 'ok':
      return ok({ role: outcome.role, expiresAtMs: outcome.expiresAtMs });
    case 'wrong-pin':
      return err({ code: 'operator.wrong-pin', text: STAFF_MESSAGES.wrongPin, retryable: true });
    case 'no-technician':
      return err({
        code: 'staff.no-technician',
        text: STAFF_MESSAGES.noTechnician,
        retryable: false,
      });
    case 'backing-off': {
      const seconds = Math.max(1, Math.ceil((outcome.untilMs - nowMs) / 1000));
      const text = localize(STAFF_MESSAGES.backingOff, { seconds });
      return err({ code: 'operator.backing-off', text, retryable: true });
    }
    case 'locked-out': {
      const message =
        outcome.scope === 'kiosk' ? STAFF_MESSAGES.kioskLockedOut : STAFF_MESSAGES.accountLockedOut;
      const text = localize(message, { minutes: minutes(outcome.untilMs, nowMs) });
      return err({ code: 'operator.locked-out', text, retryable: true });
    }
    default:
      return assertNever(outcome, 'login outcome');
  }
}

/** The upload queue as the console shows it. */
export function queueStatusOf(
  deps: Pick<ConsoleDeps, 'outbox' | 'clock' | 'lastUploadOkAtMs'>,
): QueueStatus {
  const stats = deps.outbox.stats(deps.clock.now());
  return {
    pending: stats.pending,
    sending: stats.sending,
    acked: stats.acked,
    quarantined: stats.quarantined + stats.rejected,
    oldestUnackedAtMs: stats.oldestUnackedAtMs,
    lastUploadOkAtMs: deps.lastUploadOkAtMs(),
  };
}

/** Builds the console commands (the role each needs is enforced before they run). */
export function consoleCommands(deps: ConsoleDeps): ConsoleCommands {
  return {
    'operator.login': async ({ account, pin }) =>
      loginAnswer(await deps.staff.login(account, pin), deps.clock.now()),
    'operator.logout': async () => {
      deps.staff.logout();
      return ok({});
    },
    'kiosk.lock': async () => {
      deps.session.lock();
      deps.staff.log('kiosk-locked');
      return ok({});
    },
    'kiosk.unlock': async () => {
      deps.session.unlock();
      deps.staff.log('kiosk-unlocked');
      return ok({});
    },
    'status.get': async () => ok(deps.deviceStatus()),
    'queue.status': async () => ok(queueStatusOf(deps)),
    'stats.today': async () => ok(deps.tally.today()),
    'ui.settings': async () => {
      const config = deps.config();
      return ok({
        locale: config.ui.locale,
        volume: config.ui.volume,
        personalServiceUrl: config.ui.personalServiceUrl,
        personalServiceQrText: config.ui.personalServiceQrText,
        miniProgramQrText: config.ui.miniProgramQrText,
        initialPasswordRule: config.ui.initialPasswordRule,
        camera: config.camera,
      });
    },
  };
}
