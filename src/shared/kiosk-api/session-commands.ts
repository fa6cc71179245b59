/** Commands of the worker flow: start, consent, cancel, frames; and the operator's verification. */
import { z } from 'zod';
import { emptySchema } from './api-result';
import type { CommandSpec } from './command-roles';
import { frameDispositionSchema, frameSchema } from './frame';

/** Request and response schemas of the session commands. */
export const SESSION_COMMANDS = {
  /** The worker touched the attract screen (a card placed on the reader starts a session too). */
  'session.start': { role: 'worker', request: emptySchema, response: emptySchema },
  /** The worker agreed to or declined the consent text of the given version. */
  'session.consent': {
    role: 'worker',
    request: z.strictObject({ accepted: z.boolean(), consentVersion: z.string().min(1).max(40) }),
    response: emptySchema,
  },
  'session.cancel': { role: 'worker', request: emptySchema, response: emptySchema },
  /** One camera frame; over the WebSocket it travels as a binary message. */
  'frame.submit': { role: 'worker', request: frameSchema, response: frameDispositionSchema },
  /** The logged-in operator checked the person against the card in person. */
  'operator.verify': {
    role: 'operator',
    request: z.strictObject({ verdict: z.enum(['verified', 'rejected']) }),
    response: emptySchema,
  },
  /**
   * The logged-in operator looked at a card the card policy held for review; accepted goes on to
   * the face step and is written into the record with who confirmed it.
   */
  'card.confirm': {
    role: 'operator',
    request: z.strictObject({ answer: z.enum(['accepted', 'refused']) }),
    response: emptySchema,
  },
} as const satisfies Record<string, CommandSpec>;
