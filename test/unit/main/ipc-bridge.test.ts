import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MockWebContents, ipcMain, resetElectronMock } from '../../support/electron-mock';
import { createMemoryLogger } from '../../../src/core/log/logger';
import { COMMAND_CHANNEL, EVENT_CHANNEL } from '../../../src/shared/kiosk-api/ipc-channels';
import { setupIpc } from '../../../src/main/ipc-bridge';
import type { KioskEvent } from '../../../src/shared/kiosk-api/events';
import type { KioskService } from '../../../src/shared/kiosk-api/kiosk-api';
import { Listeners } from '../../../src/shared/listeners';
import type { WebContents } from 'electron';

vi.mock('electron', () => import('../../support/electron-mock'));

function fakeApi() {
  const listeners = new Listeners<KioskEvent>();
  const consent = vi.fn(async () => ({ ok: true as const, value: {} }));
  const api = new Proxy(
    {
      'session.consent': consent,
      authorize: (required: string) => required === 'worker',
      subscribe: (listener: (event: KioskEvent) => void) => listeners.add(listener),
    },
    { get: (target, key) => (key in target ? target[key as keyof typeof target] : vi.fn()) },
  ) as unknown as KioskService;
  return { api, consent, emit: (event: KioskEvent) => listeners.emit(event) };
}

describe('IPC bridge', () => {
  let window: MockWebContents;
  let fake: ReturnType<typeof fakeApi>;
  const logger = createMemoryLogger();
  const invoke = (
    sender: MockWebContents,
    frameUrl: string | null,
    name: unknown,
    payload: unknown,
  ) =>
    ipcMain.handlers.get(COMMAND_CHANNEL)?.(
      { sender, senderFrame: frameUrl === null ? null : { url: frameUrl } },
      name,
      payload,
    );

  beforeEach(() => {
    resetElectronMock();
    window = new MockWebContents();
    fake = fakeApi();
    setupIpc(fake.api, () => window as unknown as WebContents, logger);
  });

  it('runs a valid command from the app frame of the kiosk window', async () => {
    const result = await invoke(window, 'kiosk://app/index.html', 'session.consent', {
      accepted: true,
      consentVersion: 'v1',
    });
    expect(result).toEqual({ ok: true, value: {} });
    expect(fake.consent).toHaveBeenCalledWith({ accepted: true, consentVersion: 'v1' });
  });

  it.each([
    ['another webContents', () => new MockWebContents(), 'kiosk://app/index.html'],
    ['a frame on a foreign origin', () => window, 'https://evil.example/'],
    ['a file:// frame', () => window, 'file:///tmp/index.html'],
    ['a frame already gone', () => window, null],
  ])('refuses a call from %s without reaching the API', async (_what, sender, frameUrl) => {
    const result = await invoke(sender(), frameUrl, 'session.consent', {
      accepted: true,
      consentVersion: 'v1',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.foreign-sender' } });
    expect(fake.consent).not.toHaveBeenCalled();
  });

  it.each([
    [{ accepted: 'yes', consentVersion: 'v1' }],
    [{ accepted: true, consentVersion: 'v1', extra: 1 }],
    [null],
    ['{"accepted":true}'],
  ])('refuses the malformed payload %j as api.invalid-request', async (payload) => {
    const result = await invoke(window, 'kiosk://app/', 'session.consent', payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'api.invalid-request' } });
    expect(fake.consent).not.toHaveBeenCalled();
  });

  it.each(['shell.exec', 'toString', 42])('refuses the unknown command %j', async (name) => {
    expect(await invoke(window, 'kiosk://app/', name, {})).toMatchObject({
      ok: false,
      error: { code: 'api.unknown-command' },
    });
  });

  it('forwards events to the kiosk window on the event channel', () => {
    const event: KioskEvent = {
      name: 'alarm',
      payload: { code: 'a', severity: 'warning', text: { 'zh-CN': '甲', en: 'a' }, atMs: 1 },
    };
    fake.emit(event);
    expect(window.sent).toEqual([{ channel: EVENT_CHANNEL, args: [event] }]);
  });

  it('disconnects: the handler is removed and events stop', () => {
    fake = fakeApi();
    const stop = setupIpc(fake.api, () => window as unknown as WebContents, logger);
    stop();
    fake.emit({
      name: 'alarm',
      payload: { code: 'a', severity: 'warning', text: { 'zh-CN': '甲', en: 'a' }, atMs: 1 },
    });
    expect(ipcMain.handlers.has(COMMAND_CHANNEL)).toBe(false);
    expect(window.sent).toEqual([]);
  });
});
