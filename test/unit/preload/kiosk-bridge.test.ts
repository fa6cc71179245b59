import { beforeAll, describe, expect, it, vi } from 'vitest';
import { contextBridge, ipcRenderer, resetElectronMock } from '../../support/electron-mock';
import { KIOSK_COMMANDS } from '../../../src/shared/kiosk-api/commands';
import { COMMAND_CHANNEL, EVENT_CHANNEL } from '../../../src/shared/kiosk-api/ipc-channels';

vi.mock('electron', () => import('../../support/electron-mock'));

describe('preload', () => {
  beforeAll(async () => {
    resetElectronMock();
    await import('../../../src/preload/preload');
  });

  it('exposes window.kiosk with exactly one function per KioskApi command plus subscribe, and nothing else', async () => {
    expect([...contextBridge.exposed.keys()]).toEqual(['kiosk']);
    const api = contextBridge.exposed.get('kiosk') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...Object.keys(KIOSK_COMMANDS), 'subscribe'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(api).not.toHaveProperty('invoke');
  });

  it('sends each verb as its own command name on the command channel', async () => {
    const api = contextBridge.exposed.get('kiosk') as Record<
      string,
      (request: unknown) => Promise<unknown>
    >;
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: {} });
    await expect(
      api['session.consent']!({ accepted: true, consentVersion: 'v1' }),
    ).resolves.toEqual({ ok: true, value: {} });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(COMMAND_CHANNEL, 'session.consent', {
      accepted: true,
      consentVersion: 'v1',
    });
  });

  it('passes well-formed events to subscribers, drops malformed ones, and unsubscribes', async () => {
    const api = contextBridge.exposed.get('kiosk') as {
      subscribe(listener: (event: unknown) => void): () => void;
    };
    const seen: unknown[] = [];
    const stop = api.subscribe((event) => seen.push(event));
    const alarm = {
      name: 'alarm',
      payload: { code: 'x', severity: 'warning', text: { 'zh-CN': '甲', en: 'a' }, atMs: 1 },
    };
    ipcRenderer.emit(EVENT_CHANNEL, { senderId: 0 }, alarm);
    ipcRenderer.emit(EVENT_CHANNEL, { senderId: 0 }, { name: 'alarm', payload: { code: 'x' } });
    ipcRenderer.emit(EVENT_CHANNEL, { senderId: 0 }, { name: 'shell.exec', payload: {} });
    stop();
    ipcRenderer.emit(EVENT_CHANNEL, { senderId: 0 }, alarm);
    expect(seen).toEqual([alarm]);
  });
});
