// A shared stand-in for the `electron` module (absent here: its binary cannot be downloaded), at
// the lowest level only: it records what main and preload ask of Electron and lets tests fire the
// events Electron would. Use with `vi.mock('electron', () => import('../../support/electron-mock'))`.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

let nextContentsId = 1;

/** A webContents: an event emitter that records sends and keeps the window-open handler. */
export class MockWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  url = 'kiosk://app/index.html';
  destroyed = false;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly session = defaultSession;
  readonly reload = vi.fn();
  readonly closeDevTools = vi.fn();
  getURL = () => this.url;
  isDestroyed = () => this.destroyed;
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

/** Every BrowserWindow created since the last reset. */
export const windows: MockBrowserWindow[] = [];

/** A BrowserWindow that records its options and what was loaded into it. */
export class MockBrowserWindow extends EventEmitter {
  readonly webContents = new MockWebContents();
  readonly loaded: string[] = [];
  readonly setMenu = vi.fn();
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  minimized = false;
  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    windows.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    return Promise.resolve();
  }
  isMinimized = () => this.minimized;
  isDestroyed = () => false;
}
export { MockBrowserWindow as BrowserWindow };

/** The default session: keeps the permission handlers installed on it. */
export const defaultSession = {
  requestHandler: null as null | ((...args: unknown[]) => void),
  checkHandler: null as null | ((...args: unknown[]) => boolean),
  deviceHandler: null as null | ((details: { origin: string }) => boolean),
  setPermissionRequestHandler(handler: (...args: never[]) => void) {
    this.requestHandler = handler as (...args: unknown[]) => void;
  },
  setPermissionCheckHandler(handler: (...args: never[]) => boolean) {
    this.checkHandler = handler as (...args: unknown[]) => boolean;
  },
  setDevicePermissionHandler(handler: (details: { origin: string }) => boolean) {
    this.deviceHandler = handler;
  },
};
export const session = { defaultSession };

class MockApp extends EventEmitter {
  isPackaged = true;
  singleInstance = true;
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly relaunch = vi.fn();
  requestSingleInstanceLock = () => this.singleInstance;
  whenReady = () => Promise.resolve();
  getPath = (name: string) => `/tmp/electron-mock/${name}`;
  getAppPath = () => '/tmp/electron-mock/app';
}
/** The app object. */
export const app = new MockApp();

/** ipcMain: keeps handlers by channel so a test can invoke them as a renderer would. */
export const ipcMain = {
  handlers: new Map<string, (...args: unknown[]) => unknown>(),
  handle(channel: string, listener: (...args: never[]) => unknown) {
    this.handlers.set(channel, listener as (...args: unknown[]) => unknown);
  },
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  },
};

class MockIpcRenderer extends EventEmitter {
  readonly invoke = vi.fn(async (..._args: unknown[]): Promise<unknown> => undefined);
}
/** ipcRenderer: invoke is a spy; events are emitted by the test. */
export const ipcRenderer = new MockIpcRenderer();

/** contextBridge: records what the preload exposed, by key. */
export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown) {
    this.exposed.set(key, api);
  },
};

/** protocol: records privileged schemes and handlers. */
export const protocol = {
  privileged: [] as { scheme: string; privileges?: Record<string, boolean> }[],
  handlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: Record<string, boolean> }[]) {
    this.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>) {
    this.handlers.set(scheme, handler);
  },
};

/** safeStorage with a selectable Linux backend; "encryption" is reversible and recognisable. */
export const safeStorage = {
  backend: 'gnome_libsecret',
  available: true,
  isEncryptionAvailable() {
    return this.available;
  },
  encryptString: (text: string) => Buffer.from(`enc:${Buffer.from(text).toString('hex')}`),
  decryptString(encrypted: Buffer) {
    const text = encrypted.toString();
    if (!text.startsWith('enc:'))
      throw new Error(
        'Error while decrypting the ciphertext provided to safeStorage.decryptString.',
      );
    return Buffer.from(text.slice(4), 'hex').toString();
  },
  getSelectedStorageBackend() {
    return this.backend;
  },
};

/** A utilityProcess child: post messages are recorded; tests emit 'message' and 'exit'. */
export class MockUtilityProcess extends EventEmitter {
  readonly posted: unknown[] = [];
  pid: number | undefined = 4242;
  readonly kill = vi.fn(() => true);
  constructor(
    readonly modulePath: string,
    readonly options: Record<string, unknown> | undefined,
  ) {
    super();
  }
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
}
/** utilityProcess: records forks. */
export const utilityProcess = {
  forked: [] as MockUtilityProcess[],
  fork(modulePath: string, _args?: string[], options?: Record<string, unknown>) {
    const child = new MockUtilityProcess(modulePath, options);
    this.forked.push(child);
    return child;
  },
};

/** Menu: the application menu is recorded. */
export const Menu = { setApplicationMenu: vi.fn() };

/** Forgets everything recorded, for a beforeEach. */
export function resetElectronMock(): void {
  windows.length = 0;
  app.removeAllListeners();
  app.isPackaged = true;
  app.singleInstance = true;
  ipcMain.handlers.clear();
  ipcRenderer.removeAllListeners();
  ipcRenderer.invoke.mockClear();
  contextBridge.exposed.clear();
  protocol.privileged.length = 0;
  protocol.handlers.clear();
  Object.assign(defaultSession, { requestHandler: null, checkHandler: null, deviceHandler: null });
  Object.assign(safeStorage, { backend: 'gnome_libsecret', available: true });
  utilityProcess.forked.length = 0;
  vi.clearAllMocks();
}

export default {
  app,
  BrowserWindow: MockBrowserWindow,
  ipcMain,
  ipcRenderer,
  contextBridge,
  protocol,
  session,
  safeStorage,
  utilityProcess,
  Menu,
};
