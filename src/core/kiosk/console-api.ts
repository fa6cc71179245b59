/** The KioskApi's console commands: login, lock, device status, queue, today's figures, screen settings. */
import type { KioskConfig } from '../../shared/config/config-schema';
import { KIOSK_MESSAGES } from '../../shared/i18n/catalog-kiosk';
import type { DeviceStatus, QueueStatus } from '../../shared/kiosk-api/device-status';
import type { KioskCommands } from '../../shared/kiosk-api/kiosk-api';
import { assertNever, err, ok } from '../../shared/result';
import type { CaptureSession } from '../capture/capture-session';
import type { Clock } from '../clock';
import type { OutboxPort } from '../upload/outbox-port';
import type { OperatorLogin } from './operator-login';
import type { SessionTally } from './session-tally';

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
  readonly login: OperatorLogin;
  readonly session: Pick<CaptureSession, 'lock' | 'unlock' | 'state'>;
  readonly outbox: Pick<OutboxPort, 'stats'>;
  readonly tally: SessionTally;
  readonly clock: Clock;
  readonly deviceStatus: () => DeviceStatus;
  /** When the platform last acknowledged a record. */
  readonly lastUploadOkAtMs: () => number | null;
}

const notLoggedIn = {
  code: 'operator.not-logged-in',
  text: KIOSK_MESSAGES.notLoggedIn,
  retryable: false,
};

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

/** Builds the console commands; lock and unlock need a logged-in operator. */
export function consoleCommands(deps: ConsoleDeps): ConsoleCommands {
  const guarded = (action: () => void) => async () => {
    if (!deps.login.operator()) return err(notLoggedIn);
    action();
    return ok({});
  };
  return {
    'operator.login': async ({ pin }) => {
      const outcome = deps.login.login(pin);
      switch (outcome.kind) {
        case 'ok':
          return ok({ role: outcome.role, expiresAtMs: outcome.expiresAtMs });
        case 'wrong-pin':
          return err({
            code: 'operator.wrong-pin',
            text: KIOSK_MESSAGES.wrongPin,
            retryable: true,
          });
        case 'locked-out':
          return err({
            code: 'operator.locked-out',
            text: KIOSK_MESSAGES.pinLockedOut,
            retryable: true,
          });
        default:
          return assertNever(outcome, 'login outcome');
      }
    },
    'operator.logout': async () => {
      deps.login.logout();
      return ok({});
    },
    'kiosk.lock': guarded(() => deps.session.lock()),
    'kiosk.unlock': guarded(() => deps.session.unlock()),
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
        consentVersion: config.capture.consentVersion,
      });
    },
  };
}
