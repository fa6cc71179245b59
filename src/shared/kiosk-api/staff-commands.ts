/** Commands that manage staff accounts, and the shapes of account names and PINs on the wire. */
import { z } from 'zod';
import type { CommandSpec } from './command-roles';

/** The longest account name accepted (the console's and the wizard's name fields stop there). */
export const MAX_ACCOUNT_NAME_CHARS = 32;

/** The longest PIN accepted (the PIN pad and the wizard's PIN field stop there). */
export const MAX_PIN_DIGITS = 12;

/** An account name: short, printable, no spaces (it appears in the staff log). */
export const accountNameSchema = z
  .string()
  .regex(new RegExp(`^[A-Za-z0-9][A-Za-z0-9._-]{1,${MAX_ACCOUNT_NAME_CHARS - 1}}$`));

/** A PIN as typed: digits only; the rules for a new PIN are checked in core. */
export const pinSchema = z.string().regex(new RegExp(`^\\d{1,${MAX_PIN_DIGITS}}$`));

/** Request and response schemas of the staff commands. */
export const STAFF_COMMANDS = {
  /** A logged-in technician adds an operator account from the setup wizard. */
  'staff.add-operator': {
    role: 'technician',
    request: z.strictObject({ name: accountNameSchema, pin: pinSchema }),
    response: z.strictObject({ name: z.string() }),
  },
} as const satisfies Record<string, CommandSpec>;
