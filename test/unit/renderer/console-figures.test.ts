import { describe, expect, it } from 'vitest';
import {
  failuresByCount,
  formatAge,
  healthRows,
  passRatePercent,
} from '../../../src/renderer/console/console-figures';
import {
  endpointValid,
  identityErrors,
  nextStep,
  previousStep,
  SETUP_STEPS,
} from '../../../src/renderer/setup/setup-steps';

const stats = {
  day: '2026-11-25',
  sessions: 8,
  passes: 5,
  operatorVerified: 1,
  failuresByReason: { 'no-match': 1, 'card-removed': 0, 'spoof-suspected': 2 },
};

describe('operator console figures', () => {
  it('counts in-person verifications as passes and has no rate before the first session', () => {
    expect(passRatePercent(stats)).toBe(75);
    expect(passRatePercent({ ...stats, sessions: 0, passes: 0, operatorVerified: 0 })).toBeNull();
  });

  it('lists failure reasons most frequent first, leaving out zeros', () => {
    expect(failuresByCount(stats)).toEqual([
      ['spoof-suspected', 2],
      ['no-match', 1],
    ]);
  });

  it('formats ages in seconds, minutes and hours', () => {
    expect([0, 45_000, 12 * 60_000, 185 * 60_000].map(formatAge)).toEqual([
      '0 s',
      '45 s',
      '12 min',
      '3 h 5 min',
    ]);
  });

  it('marks the reader, models, disk, clock, network and settings faults', () => {
    const status = {
      reader: { state: 'disconnected' as const, samId: null },
      camera: { deviceId: 'cam', label: 'USB camera' },
      faceEngine: 'failed' as const,
      disk: { freeBytes: 1024 ** 3 },
      storeFull: 'disk' as const,
      clockOk: false,
      waitingForRestart: ['upload.endpoint', 'face.operatingPoint'],
      kioskLocked: false,
      operatorLoggedIn: true,
    };
    const queue = {
      pending: 2,
      sending: 0,
      acked: 0,
      quarantined: 0,
      oldestUnackedAtMs: 0,
      lastUploadOkAtMs: null,
    };
    const rows = healthRows(status, queue, 10 * 60_000);
    expect(rows.map((r) => [r.key, r.ok, r.state])).toEqual([
      ['reader', false, 'readerDisconnected'],
      ['camera', true, 'cameraChosen'],
      ['models', false, 'engineFailed'],
      ['disk', false, 'diskLow'],
      ['clock', false, 'clockWrong'],
      ['network', false, 'uploadsStalled'],
      ['settings', false, 'restartNeeded'],
    ]);
    expect(rows.find((r) => r.key === 'settings')?.detail).toBe(
      'upload.endpoint, face.operatingPoint',
    );
    expect(rows.find((r) => r.key === 'network')?.detail).toBe('10 min');
    expect(rows.find((r) => r.key === 'reader')?.detail).toBeNull();
  });

  it('names every state with a catalog word, the default camera included, never an English value', () => {
    const status = {
      reader: { state: 'connected' as const, samId: '05.01-20170808-0001234567-0305419896' },
      camera: { deviceId: null, label: null },
      faceEngine: 'ready' as const,
      disk: { freeBytes: 80 * 1024 ** 3 },
      storeFull: null,
      clockOk: true,
      waitingForRestart: [],
      kioskLocked: false,
      operatorLoggedIn: true,
    };
    const rows = healthRows(status, null, 0);
    expect(rows.map((r) => r.state)).toEqual([
      'readerConnected',
      'cameraDefault',
      'engineReady',
      'diskEnough',
      'clockSet',
      'uploadsFlowing',
      'settingsInForce',
    ]);
    const details = rows.map((r) => r.detail ?? '').join(' ');
    expect(details).not.toMatch(/\b(connected|default|ready|starting|failed)\b/);
  });

  it('names the store limit that stops captures, with plenty of disk left', () => {
    const status = {
      reader: { state: 'connected' as const, samId: null },
      camera: { deviceId: null, label: null },
      faceEngine: 'ready' as const,
      disk: { freeBytes: 80 * 1024 ** 3 },
      clockOk: true,
      waitingForRestart: [],
      kioskLocked: false,
      operatorLoggedIn: true,
    };
    const storeRow = (storeFull: 'records' | 'bytes' | null) =>
      healthRows({ ...status, storeFull }, null, 0).find((r) => r.key === 'disk');
    expect(storeRow('records')).toMatchObject({ ok: false, state: 'storeFullRecords' });
    expect(storeRow('bytes')).toMatchObject({ ok: false, state: 'storeFullBytes' });
    expect(storeRow(null)).toMatchObject({ ok: true, state: 'diskEnough', detail: '80.0 GiB' });
  });
});

describe('setup wizard steps', () => {
  it('walks the steps in order from identity to self-test', () => {
    const walked: string[] = ['identity'];
    for (let s = nextStep('identity'); s; s = nextStep(s)) walked.push(s);
    expect(walked).toEqual([...SETUP_STEPS]);
    expect(previousStep('identity')).toBeNull();
    expect(previousStep('key')).toBe('next-steps');
    expect(previousStep('platform')).toBe('endpoint');
  });

  it('checks identity and endpoint with the engine schemas', () => {
    expect(identityErrors('KIOSK-001', '440300A1')).toEqual([]);
    expect(identityErrors('-x', 'a b')).toEqual(['deviceId', 'pointCode']);
    expect(endpointValid('http://127.0.0.1:8080/v1/records')).toBe(true);
    expect(endpointValid('ftp://example')).toBe(false);
  });
});
