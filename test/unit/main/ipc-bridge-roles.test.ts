// Role boundaries through the real Electron bridge (shared electron mock): the app frame is the
// worker screen until someone logs in over the same channel; the real gate decides.
import type { WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryLogger } from '../../../src/core/log/logger';
import { COMMAND_CHANNEL } from '../../../src/shared/kiosk-api/ipc-channels';
import { setupIpc } from '../../../src/main/ipc-bridge';
import { MockWebContents, ipcMain, resetElectronMock } from '../../support/electron-mock';
import { startStaffRig } from '../../support/staff-rig';
import { TEST_STAFF } from '../../support/test-staff';

vi.mock('electron', () => import('../../support/electron-mock'));

const APP_FRAME = 'kiosk://app/index.html';
const unauthorized = { ok: false, error: { code: 'api.unauthorized' } };

describe('staff roles over the Electron bridge', () => {
  let rig: Awaited<ReturnType<typeof startStaffRig>>;
  let window: MockWebContents;
  const call = (name: string, payload: unknown = {}, sender = window, frame = APP_FRAME) =>
    ipcMain.handlers.get(COMMAND_CHANNEL)?.({ sender, senderFrame: { url: frame } }, name, payload);

  beforeEach(async () => {
    resetElectronMock();
    rig = await startStaffRig();
    window = new MockWebContents();
    setupIpc(rig.api, () => window as unknown as WebContents, createMemoryLogger());
  });
  afterEach(() => rig.close());

  it('worker → technician: the app frame without a login cannot change the operating point', async () => {
    expect(await call('setup.operating-point', { operatingPoint: 'far-1e-2' })).toMatchObject(
      unauthorized,
    );
    expect(await rig.localFile()).toBeNull();
  });

  it('worker → operator: the kiosk cannot be unlocked without a login', async () => {
    rig.locked.value = true;
    expect(await call('kiosk.unlock')).toMatchObject(unauthorized);
    expect(rig.locked.value).toBe(true);
  });

  it('operator → technician: an operator unlocks the kiosk but cannot change the endpoint', async () => {
    expect(await call('operator.login', TEST_STAFF.operator)).toMatchObject({ ok: true });
    rig.locked.value = true;
    expect(await call('kiosk.unlock')).toEqual({ ok: true, value: {} });
    expect(rig.locked.value).toBe(false);
    expect(await call('setup.endpoint', { endpoint: 'http://127.0.0.1:9/evil' })).toMatchObject(
      unauthorized,
    );
    expect(rig.config().upload.endpoint).toBeNull();
  });

  it('technician: sets the endpoint, logged with old and new value; a foreign frame gets nothing even while logged in', async () => {
    expect(await call('operator.login', TEST_STAFF.technician)).toMatchObject({ ok: true });
    const endpoint = { endpoint: 'https://platform.example/v1/records' };
    expect(await call('setup.endpoint', endpoint, window, 'https://evil.example/')).toMatchObject({
      ok: false,
      error: { code: 'ipc.foreign-sender' },
    });
    expect(await call('setup.endpoint', endpoint)).toEqual({
      ok: true,
      value: { restartNeeded: true },
    });
    expect(rig.staffLog().at(-1)).toEqual({
      account: 'tech-wang',
      role: 'technician',
      action: 'setting-changed',
      detail: { setting: 'upload.endpoint', from: null, to: endpoint.endpoint, atNextStart: true },
    });
    expect(await call('operator.logout')).toEqual({ ok: true, value: {} });
    expect(await call('setup.endpoint', endpoint)).toMatchObject(unauthorized);
  });
});
