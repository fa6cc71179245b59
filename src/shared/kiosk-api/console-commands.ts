/** Commands of the operator console: login, lock, status, queue and today's figures. */
import { z } from 'zod';
import { emptySchema } from './api-result';
import { deviceStatusSchema, queueStatusSchema, todayStatsSchema } from './device-status';

/** The roles a person at the console may have. */
export const operatorRoleSchema = z.enum(['operator', 'supervisor', 'technician']);

/** An operator role. */
export type OperatorRole = z.infer<typeof operatorRoleSchema>;

/** What the worker screens need from configuration (no secrets). */
export const uiSettingsSchema = z.strictObject({
  locale: z.enum(['zh-CN', 'en']),
  volume: z.number().min(0).max(1),
  personalServiceUrl: z.string(),
  personalServiceQrText: z.string(),
  initialPasswordRule: z.strictObject({ 'zh-CN': z.string(), en: z.string() }),
  camera: z.strictObject({
    deviceId: z.string().nullable(),
    label: z.string().nullable(),
    width: z.int(),
    height: z.int(),
  }),
  consentVersion: z.string(),
});

/** Request and response schemas of the console commands. */
export const CONSOLE_COMMANDS = {
  'operator.login': {
    request: z.strictObject({ pin: z.string().regex(/^\d{4,12}$/) }),
    response: z.strictObject({ role: operatorRoleSchema, expiresAtMs: z.number() }),
  },
  'operator.logout': { request: emptySchema, response: emptySchema },
  'kiosk.lock': { request: emptySchema, response: emptySchema },
  'kiosk.unlock': { request: emptySchema, response: emptySchema },
  'status.get': { request: emptySchema, response: deviceStatusSchema },
  'queue.status': { request: emptySchema, response: queueStatusSchema },
  'stats.today': { request: emptySchema, response: todayStatsSchema },
  'ui.settings': { request: emptySchema, response: uiSettingsSchema },
} as const;
