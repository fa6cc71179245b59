/* eslint-disable @typescript-eslint/no-explicit-any -- listener signatures must accept any argument list, as Electron's own typings do */
// The part of Electron's API the main process and preload use. Electron is an optional
// dependency whose binary (and bundled typings) may be absent; this declares only what we call,
// so type checking works everywhere. Remove it when `electron` is installed (its own typings win).
declare module 'electron' {
  type Listener = (...args: any[]) => void;

  interface EventEmitterLike {
    on(event: string, listener: Listener): this;
    once(event: string, listener: Listener): this;
    off(event: string, listener: Listener): this;
  }

  interface WebFrameMain {
    readonly url: string;
  }

  interface IpcMainInvokeEvent {
    readonly sender: WebContents;
    readonly senderFrame: WebFrameMain | null;
  }

  interface IpcRendererEvent {
    readonly senderId: number;
  }

  interface PermissionRequestDetails {
    readonly requestingUrl?: string;
    readonly mediaTypes?: readonly ('video' | 'audio')[];
  }

  interface Session {
    setPermissionRequestHandler(
      handler:
        | ((
            webContents: WebContents,
            permission: string,
            callback: (granted: boolean) => void,
            details: PermissionRequestDetails,
          ) => void)
        | null,
    ): void;
    setPermissionCheckHandler(
      handler:
        | ((
            webContents: WebContents | null,
            permission: string,
            requestingOrigin: string,
            details: { readonly securityOrigin?: string },
          ) => boolean)
        | null,
    ): void;
    setDevicePermissionHandler(
      handler: ((details: { readonly origin: string }) => boolean) | null,
    ): void;
  }

  interface RenderProcessGoneDetails {
    readonly reason: string;
    readonly exitCode: number;
  }

  interface WebContents extends EventEmitterLike {
    readonly id: number;
    readonly session: Session;
    getURL(): string;
    reload(): void;
    send(channel: string, ...args: unknown[]): void;
    isDestroyed(): boolean;
    setWindowOpenHandler(
      handler: (details: { readonly url: string }) => { action: 'deny' | 'allow' },
    ): void;
    closeDevTools(): void;
  }

  interface WebPreferences {
    preload?: string;
    contextIsolation?: boolean;
    sandbox?: boolean;
    nodeIntegration?: boolean;
    nodeIntegrationInWorker?: boolean;
    nodeIntegrationInSubFrames?: boolean;
    webSecurity?: boolean;
    allowRunningInsecureContent?: boolean;
    webviewTag?: boolean;
    devTools?: boolean;
    spellcheck?: boolean;
    navigateOnDragDrop?: boolean;
    safeDialogs?: boolean;
  }

  interface BrowserWindowConstructorOptions {
    show?: boolean;
    kiosk?: boolean;
    fullscreen?: boolean;
    frame?: boolean;
    autoHideMenuBar?: boolean;
    backgroundColor?: string;
    webPreferences?: WebPreferences;
  }

  class BrowserWindow implements EventEmitterLike {
    constructor(options?: BrowserWindowConstructorOptions);
    readonly webContents: WebContents;
    on(event: string, listener: Listener): this;
    once(event: string, listener: Listener): this;
    off(event: string, listener: Listener): this;
    loadURL(url: string): Promise<void>;
    setMenu(menu: null): void;
    show(): void;
    focus(): void;
    restore(): void;
    isMinimized(): boolean;
    isDestroyed(): boolean;
  }

  interface CustomScheme {
    scheme: string;
    privileges?: {
      standard?: boolean;
      secure?: boolean;
      supportFetchAPI?: boolean;
      corsEnabled?: boolean;
      stream?: boolean;
      bypassCSP?: boolean;
    };
  }

  interface Protocol {
    registerSchemesAsPrivileged(schemes: CustomScheme[]): void;
    handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
  }

  interface App extends EventEmitterLike {
    readonly isPackaged: boolean;
    requestSingleInstanceLock(): boolean;
    whenReady(): Promise<void>;
    quit(): void;
    exit(code?: number): void;
    relaunch(): void;
    getPath(name: 'userData' | 'logs'): string;
    getAppPath(): string;
  }

  interface IpcMain {
    handle(
      channel: string,
      listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown,
    ): void;
    removeHandler(channel: string): void;
  }

  interface IpcRenderer {
    invoke(channel: string, ...args: unknown[]): Promise<unknown>;
    on(channel: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void): this;
    removeListener(channel: string, listener: (...args: any[]) => void): this;
  }

  interface ContextBridge {
    exposeInMainWorld(key: string, api: unknown): void;
  }

  interface SafeStorage {
    isEncryptionAvailable(): boolean;
    encryptString(plainText: string): Buffer;
    decryptString(encrypted: Buffer): string;
    getSelectedStorageBackend(): string;
  }

  interface UtilityProcess extends EventEmitterLike {
    readonly pid: number | undefined;
    postMessage(message: unknown): void;
    kill(): boolean;
  }

  interface UtilityProcessStatic {
    fork(
      modulePath: string,
      args?: string[],
      options?: {
        serviceName?: string;
        env?: Record<string, string | undefined>;
        stdio?: 'inherit' | 'ignore';
      },
    ): UtilityProcess;
  }

  interface Menu {
    setApplicationMenu(menu: null): void;
  }

  export const app: App;
  export const ipcMain: IpcMain;
  export const ipcRenderer: IpcRenderer;
  export const contextBridge: ContextBridge;
  export const protocol: Protocol;
  export const session: { readonly defaultSession: Session };
  export const safeStorage: SafeStorage;
  export const utilityProcess: UtilityProcessStatic;
  export const Menu: Menu;
  export { BrowserWindow };
  export type {
    App,
    IpcMainInvokeEvent,
    IpcRenderer,
    IpcRendererEvent,
    Session,
    WebContents,
    WebPreferences,
    BrowserWindowConstructorOptions,
    UtilityProcess,
    RenderProcessGoneDetails,
    SafeStorage,
  };
}
