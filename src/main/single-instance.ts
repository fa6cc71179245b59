/** One kiosk per machine: a second launch focuses the running window and exits. */
import type { App, BrowserWindow } from 'electron';

/** Takes the single-instance lock; false means another instance runs and this one is quitting. */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>,
  window: () => BrowserWindow | null,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const current = window();
    if (!current || current.isDestroyed()) return;
    if (current.isMinimized()) current.restore();
    current.focus();
  });
  return true;
}
