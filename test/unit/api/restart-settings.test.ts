// Settings read only at start: the setup answer, the staff log and the console say a restart is
// needed, until the value in force is the one the kiosk started with again.
import { afterEach, describe, expect, it } from 'vitest';
import { readAtStart, waitingForRestart } from '../../../src/core/api/restart-settings';
import { DEFAULT_CONFIG } from '../../../src/shared/config/config-defaults';
import { startStaffRig } from '../../support/staff-rig';
import { TEST_STAFF } from '../../support/test-staff';

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const step of cleanup.splice(0)) step();
});

async function technicianRig() {
  const rig = await startStaffRig();
  cleanup.push(rig.close);
  const login = await rig.api['operator.login'](TEST_STAFF.technician);
  expect(login.ok).toBe(true);
  return rig;
}

describe('settings read at start', () => {
  it('tells what applies at once (README "Configuration") from what waits for the next start', () => {
    for (const live of ['camera.deviceId', 'ui.locale', 'operator.maxPinAttempts'])
      expect(readAtStart(live)).toBe(false);
    for (const live of ['storage.minFreeBytes', 'upload.retentionDays', 'printer.widthDots'])
      expect(readAtStart(live)).toBe(false);
    for (const atStart of [
      'device.id',
      'upload.endpoint',
      'upload.platform',
      'face.operatingPoint',
    ])
      expect(readAtStart(atStart)).toBe(true);
    for (const atStart of ['capture.consentVersion', 'storage.dbPath', 'platform-credentials'])
      expect(readAtStart(atStart)).toBe(true);
  });

  it('lists only the settings read at start that differ from the configuration started with', () => {
    const current = {
      ...DEFAULT_CONFIG,
      upload: { ...DEFAULT_CONFIG.upload, endpoint: 'https://platform.example/v1/records' },
      camera: { ...DEFAULT_CONFIG.camera, deviceId: 'cam-2' },
    };
    expect(waitingForRestart(DEFAULT_CONFIG, current)).toEqual(['upload.endpoint']);
    expect(waitingForRestart(DEFAULT_CONFIG, DEFAULT_CONFIG)).toEqual([]);
  });

  it('answers a saved endpoint with restart needed and logs it so; a camera is in force at once', async () => {
    const rig = await technicianRig();
    const endpoint = 'https://platform.example/v1/records';
    expect(await rig.api['setup.endpoint']({ endpoint })).toEqual({
      ok: true,
      value: { restartNeeded: true },
    });
    expect(await rig.api['setup.camera']({ deviceId: 'cam-2', label: 'USB' })).toEqual({
      ok: true,
      value: { restartNeeded: false },
    });
    const changes = rig.staffLog().filter((entry) => entry.action === 'setting-changed');
    expect(changes.map((entry) => [entry.detail.setting, entry.detail.atNextStart])).toEqual([
      ['upload.endpoint', true],
      ['camera.deviceId', false],
      ['camera.label', false],
    ]);
    expect(waitingForRestart(DEFAULT_CONFIG, rig.config())).toEqual(['upload.endpoint']);
  });

  it('needs no restart once a setting is changed back to the value the kiosk started with', async () => {
    const rig = await technicianRig();
    const point = await rig.api['setup.operating-point']({ operatingPoint: 'far-1e-2' });
    expect(point).toEqual({ ok: true, value: { restartNeeded: true } });
    const back = await rig.api['setup.operating-point']({
      operatingPoint: DEFAULT_CONFIG.face.operatingPoint,
    });
    expect(back).toEqual({ ok: true, value: { restartNeeded: false } });
    expect(waitingForRestart(DEFAULT_CONFIG, rig.config())).toEqual([]);
  });
});
