/** Commands of the record lifecycle on the console: daily figures over time. */
import { z } from 'zod';
import type { CommandSpec } from './command-roles';
import { todayStatsSchema } from './device-status';

/** Request and response schemas of the record lifecycle commands, with their roles. */
export const RECORDS_COMMANDS = {
  /** The last `days` local days' figures, oldest first, today last. */
  'stats.days': {
    role: 'operator',
    request: z.strictObject({ days: z.int().min(1).max(90) }),
    response: z.strictObject({ days: z.array(todayStatsSchema).max(90) }),
  },
} as const satisfies Record<string, CommandSpec>;
