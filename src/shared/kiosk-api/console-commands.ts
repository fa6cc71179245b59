/** Commands of the operator console: login, lock, status, queue and today's figures. */
import { z } from 'zod';
import { emptySchema } from './api-result';
import { staffRoleSchema, type CommandSpec } from './command-roles';
import { accountNameSchema, pinSchema } from './staff-commands';
import { deviceStatusSchema, queueStatusSchema, todayStatsSchema } from './device-status';
import { LOCALES } from '../i18n/locale';

/**
 * What the worker screens need from configuration (no secrets). Not the consent version: the consent
 * screen shows the one the session checks, from its state, so the two cannot disagree.
 */
export const uiSettingsSchema = z.strictObject({
  locale: z.enum(LOCALES),
  volume: z.number().min(0).max(1),
  personalServiceUrl: z.string(),
  personalServiceQrText: z.string(),
  miniProgramQrText: z.string(),
  initialPasswordRule: z.strictObject({ 'zh-CN': z.string(), en: z.string() }),
  camera: z.strictObject({
    deviceId: z.string().nullable(),
    label: z.string().nullable(),
    width: z.int(),
    height: z.int(),
  }),
});

/** Request and response schemas of the console commands. */
export const CONSOLE_COMMANDS = {
  'operator.login': {
    role: 'worker',
    request: z.strictObject({ account: accountNameSchema, pin: pinSchema }),
    response: z.strictObject({ role: staffRoleSchema, expiresAtMs: z.number() }),
  },
  'operator.logout': { role: 'worker', request: emptySchema, response: emptySchema },
  'kiosk.lock': { role: 'operator', request: emptySchema, response: emptySchema },
  'kiosk.unlock': { role: 'operator', request: emptySchema, response: emptySchema },
  /** Device health only: the worker screen shows a reader or camera fault from it. */
  'status.get': { role: 'worker', request: emptySchema, response: deviceStatusSchema },
  'queue.status': { role: 'operator', request: emptySchema, response: queueStatusSchema },
  'stats.today': { role: 'operator', request: emptySchema, response: todayStatsSchema },
  'ui.settings': { role: 'worker', request: emptySchema, response: uiSettingsSchema },
} as const satisfies Record<string, CommandSpec>;
