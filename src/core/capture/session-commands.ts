/** The KioskApi's session commands, implemented by the capture session (the composition root spreads them in). */
import type { StaffAction, StaffDetail } from '../staff/staff-log';
import type { KioskCommands } from '../../shared/kiosk-api/kiosk-api';
import { err, ok, type Result } from '../../shared/result';
import type { Problem } from '../../shared/problem';
import { CaptureRefusal } from './capture-refusal';
import type { CaptureSession } from './capture-session';
import type { Operator } from './ports';

/** The commands a capture session answers. */
export type SessionCommands = Pick<
  KioskCommands,
  | 'session.start'
  | 'session.consent'
  | 'session.cancel'
  | 'frame.submit'
  | 'operator.verify'
  | 'card.confirm'
>;

/** Appends a staff decision to the staff log (by whoever is logged in). */
export type StaffLogPort = (action: StaffAction, detail: StaffDetail) => void;

const answer = (result: Result<void, CaptureRefusal>): Result<Record<string, never>, Problem> =>
  result.ok ? ok({}) : err(result.error.toProblem());

/**
 * Adapts a capture session to the KioskApi; `operator` is whoever is logged in at the console now,
 * and `logStaff` hears of every staff decision the session accepted: a verification in person
 * (override) and an answer to card findings (record review), for the staff log.
 */
export function sessionCommands(
  session: CaptureSession,
  operator: () => Operator | null,
  logStaff: StaffLogPort = () => undefined,
): SessionCommands {
  return {
    'session.start': async () => answer(session.start()),
    'session.consent': async ({ accepted, consentVersion }) =>
      answer(session.consent(accepted, consentVersion)),
    'session.cancel': async () => answer(session.cancel()),
    'frame.submit': async (frame) => ok({ disposition: session.submitFrame(frame) }),
    'operator.verify': async ({ verdict }) => {
      const who = operator();
      if (!who) return err(new CaptureRefusal('operator-required').toProblem());
      const result = await session.verifyByOperator(who, verdict);
      if (result.ok) logStaff('override', { verdict });
      return answer(result);
    },
    'card.confirm': async (request) => {
      const who = operator();
      if (!who) return err(new CaptureRefusal('operator-required').toProblem());
      const result = session.confirmCard(who, request.answer);
      if (result.ok)
        logStaff('record-review', { subject: 'card-findings', answer: request.answer });
      return answer(result);
    },
  };
}
