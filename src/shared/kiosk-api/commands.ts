/** The one map from command name to request and response schemas; every transport is typed off it. */
import type { z } from 'zod';
import type { CommandSpec } from './command-roles';
import { CONSOLE_COMMANDS } from './console-commands';
import { RECORDS_COMMANDS } from './records-commands';
import { SESSION_COMMANDS } from './session-commands';
import { PLATFORM_SETUP_COMMANDS } from './platform-setup-commands';
import { SETUP_COMMANDS } from './setup-commands';
import { STAFF_COMMANDS } from './staff-commands';

/** Every KioskApi command, each with the role that may call it. */
export const KIOSK_COMMANDS = {
  ...SESSION_COMMANDS,
  ...CONSOLE_COMMANDS,
  ...SETUP_COMMANDS,
  ...PLATFORM_SETUP_COMMANDS,
  ...RECORDS_COMMANDS,
  ...STAFF_COMMANDS,
} as const satisfies Record<string, CommandSpec>;

/** A command name. */
export type CommandName = keyof typeof KIOSK_COMMANDS;

/** The request payload of a command. */
export type CommandRequest<K extends CommandName> = z.infer<(typeof KIOSK_COMMANDS)[K]['request']>;

/** The response value of a command. */
export type CommandResponse<K extends CommandName> = z.infer<
  (typeof KIOSK_COMMANDS)[K]['response']
>;

/** Whether a string names a command (own keys only, so `toString` is not a command). */
export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(KIOSK_COMMANDS, name);
}
