/** Who may call a command: the worker flow (no login), a logged-in operator, or a logged-in technician. */
import { z } from 'zod';

/** The roles a staff account may have. */
export const staffRoleSchema = z.enum(['operator', 'technician']);

/** A staff role. */
export type StaffRole = z.infer<typeof staffRoleSchema>;

/** The role a command requires: `worker` means anyone holding the screen's connection. */
export const commandRoleSchema = z.enum(['worker', ...staffRoleSchema.options]);

/** A command's required role. */
export type CommandRole = z.infer<typeof commandRoleSchema>;

/** What every command of the contract declares; a group of commands `satisfies` a record of these. */
export interface CommandSpec {
  readonly role: CommandRole;
  readonly request: z.ZodType;
  readonly response: z.ZodType;
}

// A technician provisions and may also do everything an operator does at the console.
const GRANTS: Readonly<Record<StaffRole, readonly CommandRole[]>> = {
  operator: ['worker', 'operator'],
  technician: ['worker', 'operator', 'technician'],
};

/** Whether someone holding `held` (null: nobody logged in) may call a command requiring `required`. */
export function roleAllows(required: CommandRole, held: StaffRole | null): boolean {
  return required === 'worker' || (held !== null && GRANTS[held].includes(required));
}
