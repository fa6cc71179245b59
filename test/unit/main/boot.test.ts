import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  app,
  defaultSession,
  ipcMain,
  protocol,
  resetElectronMock,
  utilityProcess,
  windows,
} from '../../support/electron-mock';
import { COMMAND_CHANNEL } from '../../../src/shared/kiosk-api/ipc-channels';
import type * as KioskServiceModule from '../../../src/main/kiosk-service';
import type { KioskEvent } from '../../../src/shared/kiosk-api/events';

vi.mock('electron', () => import('../../support/electron-mock'));

// The kiosk itself is tested in core; here only the shell's wiring around it is under test.
const kiosk = vi.hoisted(() => ({
  listeners: [] as ((event: KioskEvent) => void)[],
  started: [] as unknown[],
}));
vi.mock('../../../src/main/kiosk-service', async (original) => ({
  ...(await original<typeof KioskServiceModule>()),
  startKioskService: async (options: unknown) => {
    kiosk.started.push(options);
    return {
      api: { subscribe: (listener: (event: KioskEvent) => void) => kiosk.listeners.push(listener) },
      close: async () => undefined,
    };
  },
}));
vi.mock('../../../src/main/bundled-models', () => ({
  modelsDirOf: () => '/resources/models',
  verifyBundledModels: async () => undefined,
}));

describe('main boot', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-boot-'));
  beforeAll(async () => {
    resetElectronMock();
    app.getPath = () => dir;
    await import('../../../src/main/main');
    await vi.waitFor(() => expect(windows).toHaveLength(1));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('registers the app scheme, takes the single-instance lock and guards every webContents', () => {
    expect(protocol.privileged.map((s) => s.scheme)).toEqual(['kiosk']);
    expect(protocol.handlers.has('kiosk')).toBe(true);
    expect(app.listenerCount('second-instance')).toBe(1);
    expect(app.listenerCount('web-contents-created')).toBe(1);
  });

  it('starts the kiosk with the safeStorage vault and the verified models', () => {
    expect(kiosk.started).toEqual([
      expect.objectContaining({
        dataDir: dir,
        modelsDir: '/resources/models',
        vaultStrength: { kind: 'os-keyring', backend: 'gnome_libsecret' },
      }),
    ]);
  });

  it('starts the face engine in a utilityProcess running the bundled engine entry', () => {
    const [options] = kiosk.started as { launchEngine: (o: { modelsDir: string }) => unknown }[];
    options?.launchEngine({ modelsDir: '/resources/models' });
    expect(utilityProcess.forked.at(-1)?.modulePath).toMatch(/face-engine\.mjs$/);
  });

  it('opens one locked-down window with the bundled preload and wires permissions, IPC and crash handling', () => {
    const [window] = windows;
    expect(window?.options).toMatchObject({
      kiosk: true,
      webPreferences: { sandbox: true, contextIsolation: true },
    });
    expect(String((window?.options.webPreferences as { preload: string }).preload)).toMatch(
      /preload\.cjs$/,
    );
    expect(defaultSession.requestHandler).not.toBeNull();
    expect(defaultSession.checkHandler).not.toBeNull();
    expect(ipcMain.handlers.has(COMMAND_CHANNEL)).toBe(true);
    expect(window?.webContents.listenerCount('render-process-gone')).toBe(1);
    expect(app.listenerCount('child-process-gone')).toBe(1);
  });
});
