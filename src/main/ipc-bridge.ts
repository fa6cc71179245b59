/** The KioskApi over Electron IPC: every call's sender checked, every payload validated by dispatchCommand. */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { Logger } from '../core/log/logger';
import { MAIN_MESSAGES } from '../shared/i18n/catalog-device';
import type { ApiResult } from '../shared/kiosk-api/api-result';
import { dispatchCommand, type KioskService } from '../shared/kiosk-api/kiosk-api';
import { COMMAND_CHANNEL, EVENT_CHANNEL } from '../shared/kiosk-api/ipc-channels';
import { isAppUrl } from './app-origin';

const foreignSender: ApiResult<never> = {
  ok: false,
  error: { code: 'ipc.foreign-sender', text: MAIN_MESSAGES.foreignSender, retryable: false },
};

/** Whether an IPC call comes from the app itself: its frame (not just its window) is on our origin. */
function isTrustedSender(event: IpcMainInvokeEvent, window: WebContents | null): boolean {
  if (!window || event.sender.id !== window.id) return false;
  return isAppUrl(event.senderFrame?.url);
}

/** Handles one invoke: refuses foreign senders, then lets dispatchCommand check name and payload. */
async function handleCommand(
  api: KioskService,
  event: IpcMainInvokeEvent,
  window: WebContents | null,
  name: unknown,
  payload: unknown,
  logger: Logger,
): Promise<ApiResult<unknown>> {
  if (!isTrustedSender(event, window)) {
    logger.log('warn', 'main.ipc.foreign-sender', { senderId: event.sender.id });
    return foreignSender;
  }
  return dispatchCommand(api, typeof name === 'string' ? name : '', payload, (error) =>
    logger.log('error', 'main.ipc.bug', {
      command: String(name).slice(0, 60),
      error: String(error),
    }),
  );
}

/** Connects the API to the window; returns the function that disconnects it. */
export function setupIpc(
  api: KioskService,
  window: () => WebContents | null,
  logger: Logger,
): () => void {
  ipcMain.handle(COMMAND_CHANNEL, (event, name, payload) =>
    handleCommand(api, event, window(), name, payload, logger),
  );
  const unsubscribe = api.subscribe((event) => {
    const contents = window();
    if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
  });
  return () => {
    unsubscribe();
    ipcMain.removeHandler(COMMAND_CHANNEL);
  };
}
