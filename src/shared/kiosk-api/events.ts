/** The one map from event name to payload schema: what the device engine pushes to the screens. */
import { z } from 'zod';
import { alarmSchema, deviceStatusSchema, queueStatusSchema } from './device-status';
import { sessionResultSchema, sessionStateSchema } from './session-events';
import { slipUnprintedSchema } from './slip-events';

/** Every KioskApi event. */
const KIOSK_EVENTS = {
  'session.state': sessionStateSchema,
  'session.result': sessionResultSchema,
  'device.status': deviceStatusSchema,
  'queue.changed': queueStatusSchema,
  alarm: alarmSchema,
  'slip.unprinted': slipUnprintedSchema,
} as const;

/** An event name. */
export type EventName = keyof typeof KIOSK_EVENTS;

/** One event: its name and payload, discriminated on `name`. */
export type KioskEvent = {
  [K in EventName]: { readonly name: K; readonly payload: z.infer<(typeof KIOSK_EVENTS)[K]> };
}[EventName];

/** Runtime schema of any event, for receivers. */
export const kioskEventSchema = z.discriminatedUnion(
  'name',
  Object.entries(KIOSK_EVENTS).map(([name, payload]) =>
    z.strictObject({ name: z.literal(name), payload }),
  ) as unknown as [z.ZodObject<{ name: z.ZodLiteral<EventName>; payload: z.ZodType }>],
) as unknown as z.ZodType<KioskEvent>;
