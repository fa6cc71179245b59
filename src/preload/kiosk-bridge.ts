/**
 * The renderer's whole view of the machine: one function per KioskApi command and `subscribe`,
 * each bound to its own command name. No generic invoke(channel): a compromised page can call
 * exactly what the kiosk screens can, and main validates even that.
 */
import type { IpcRenderer } from 'electron';
import { KIOSK_COMMANDS, type CommandName } from '../shared/kiosk-api/commands';
import { kioskEventSchema, type KioskEvent } from '../shared/kiosk-api/events';
import type { KioskApi } from '../shared/kiosk-api/kiosk-api';
import { COMMAND_CHANNEL, EVENT_CHANNEL } from '../shared/kiosk-api/ipc-channels';

/** Builds the object exposed as `window.kiosk`. */
export function createKioskBridge(
  ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>,
): KioskApi {
  const commands = Object.fromEntries(
    (Object.keys(KIOSK_COMMANDS) as CommandName[]).map((name) => [
      name,
      (request: unknown) => ipc.invoke(COMMAND_CHANNEL, name, request),
    ]),
  ) as unknown as Omit<KioskApi, 'subscribe'>;
  return {
    ...commands,
    subscribe(listener: (event: KioskEvent) => void) {
      const handler = (_event: unknown, payload: unknown) => {
        // Only well-formed events reach the page; the listener never sees the IPC event object.
        const parsed = kioskEventSchema.safeParse(payload);
        if (parsed.success) listener(parsed.data);
      };
      ipc.on(EVENT_CHANNEL, handler);
      return () => {
        ipc.removeListener(EVENT_CHANNEL, handler);
      };
    },
  };
}
