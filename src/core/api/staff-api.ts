/** The KioskApi's staff commands: a logged-in technician adds operator accounts from the setup wizard. */
import type { Database } from 'better-sqlite3';
import { API_MESSAGES } from '../../shared/i18n/catalog-capture';
import type { KioskCommands } from '../../shared/kiosk-api/kiosk-api';
import { err, ok } from '../../shared/result';
import type { Clock } from '../clock';
import type { StaffAccess } from '../staff/staff-access';
import { AccountError, createAccount } from '../staff/staff-accounts';

/** The staff command names. */
export type StaffCommands = Pick<KioskCommands, 'staff.add-operator'>;

/** What the staff commands use. */
export interface StaffDeps {
  readonly db: Database;
  readonly staff: Pick<StaffAccess, 'current'>;
  readonly clock: Clock;
}

/** Builds the staff commands. */
export function staffCommands(deps: StaffDeps): StaffCommands {
  return {
    'staff.add-operator': async ({ name, pin }) => {
      const by = deps.staff.current();
      // The gate let only a logged-in technician through; a login that expired meanwhile is refused.
      if (!by)
        return err({ code: 'api.unauthorized', text: API_MESSAGES.unauthorized, retryable: false });
      try {
        await createAccount(deps.db, { name, role: 'operator', pin }, by, deps.clock.now());
        return ok({ name });
      } catch (error) {
        if (error instanceof AccountError) return err(error.toProblem());
        throw error;
      }
    },
  };
}
