/** The one kiosk window: fullscreen, no menu, locked-down renderer, the app from kiosk://app/. */
import { BrowserWindow, Menu, type BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from './app-origin';

/** The window options; `production` removes the developer tools altogether. */
export function kioskWindowOptions(
  preloadPath: string,
  production: boolean,
): BrowserWindowConstructorOptions {
  return {
    show: false,
    kiosk: true,
    fullscreen: true,
    frame: false,
    autoHideMenuBar: true,
    backgroundColor: '#000000',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: !production,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  };
}

/** Creates the kiosk window, loads the app and shows it once painted (no white flash on a kiosk). */
export function createKioskWindow(preloadPath: string, production: boolean): BrowserWindow {
  Menu.setApplicationMenu(null);
  const window = new BrowserWindow(kioskWindowOptions(preloadPath, production));
  window.setMenu(null);
  window.once('ready-to-show', () => window.show());
  if (production)
    window.webContents.on('devtools-opened', () => window.webContents.closeDevTools());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
