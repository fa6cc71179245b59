import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MockBrowserWindow,
  MockWebContents,
  app,
  resetElectronMock,
} from '../../support/electron-mock';
import { createMemoryLogger } from '../../../src/core/log/logger';
import { watchChildProcesses, watchRenderer } from '../../../src/main/crash-recovery';
import { msUntilNext, scheduleQuietHourRelaunch } from '../../../src/main/quiet-hour-relaunch';
import { claimSingleInstance } from '../../../src/main/single-instance';
import type { Alarm } from '../../../src/shared/kiosk-api/device-status';
import type { App, BrowserWindow, WebContents } from 'electron';

vi.mock('electron', () => import('../../support/electron-mock'));

const crashed = { reason: 'crashed', exitCode: 139 };

describe('crash recovery', () => {
  let contents: MockWebContents;
  let alarms: Alarm[];
  let nowMs: number;
  const logger = createMemoryLogger();
  const ports = () => ({
    app: app as unknown as App,
    logger,
    now: () => nowMs,
    raiseAlarm: (alarm: Alarm) => alarms.push(alarm),
  });

  beforeEach(() => {
    resetElectronMock();
    contents = new MockWebContents();
    alarms = [];
    nowMs = 1_000_000;
    watchRenderer(contents as unknown as WebContents, ports());
  });

  it('reloads a crashed renderer and raises an operator alarm once the page is back', () => {
    contents.emit('render-process-gone', {}, crashed);
    expect(contents.reload).toHaveBeenCalledTimes(1);
    expect(alarms).toEqual([]);
    contents.emit('did-finish-load');
    expect(alarms).toMatchObject([{ code: 'main.renderer-crashed', severity: 'warning' }]);
    expect(logger.lines.at(-1)).toMatchObject({
      event: 'main.renderer.gone',
      fields: { reason: 'crashed', exitCode: 139 },
    });
  });

  it('ignores a clean exit', () => {
    contents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(contents.reload).not.toHaveBeenCalled();
  });

  it('relaunches the whole app when the renderer keeps crashing, and forgets crashes older than the window', () => {
    for (let i = 0; i < 3; i++) contents.emit('render-process-gone', {}, crashed);
    expect(app.relaunch).not.toHaveBeenCalled();
    nowMs += 600_001;
    contents.emit('render-process-gone', {}, crashed);
    expect(app.relaunch).not.toHaveBeenCalled();
    for (let i = 0; i < 3; i++) contents.emit('render-process-gone', {}, crashed);
    expect(app.relaunch).toHaveBeenCalledTimes(1);
    expect(app.exit).toHaveBeenCalledWith(1);
  });

  it('logs and reports a helper process that died, but not one that exited cleanly', () => {
    watchChildProcesses(ports());
    app.emit('child-process-gone', {}, { type: 'Utility', reason: 'clean-exit', exitCode: 0 });
    expect(alarms).toEqual([]);
    app.emit(
      'child-process-gone',
      {},
      { type: 'Utility', reason: 'oom', exitCode: 9, serviceName: 'kiosk-face-engine' },
    );
    expect(alarms).toMatchObject([{ code: 'main.child-crashed' }]);
    expect(logger.lines.at(-1)).toMatchObject({
      event: 'main.child.gone',
      fields: { type: 'Utility', reason: 'oom', service: 'kiosk-face-engine' },
    });
  });
});

describe('single instance', () => {
  beforeEach(resetElectronMock);

  it('quits when another instance holds the lock', () => {
    app.singleInstance = false;
    expect(claimSingleInstance(app as unknown as App, () => null)).toBe(false);
    expect(app.quit).toHaveBeenCalled();
  });

  it('brings the running window back when a second instance starts', () => {
    const window = new MockBrowserWindow();
    window.minimized = true;
    expect(
      claimSingleInstance(app as unknown as App, () => window as unknown as BrowserWindow),
    ).toBe(true);
    app.emit('second-instance');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(app.quit).not.toHaveBeenCalled();
  });
});

describe('quiet-hour relaunch', () => {
  afterEach(() => vi.useRealTimers());

  it('computes the time to the next HH:MM, tomorrow when it has passed', () => {
    const now = new Date(2026, 0, 10, 2, 0, 0);
    expect(msUntilNext('03:30', now)).toBe(90 * 60_000);
    expect(msUntilNext('02:00', now)).toBe(24 * 3600_000);
    expect(msUntilNext('01:00', now)).toBe(23 * 3600_000);
    expect(() => msUntilNext('25:00', now)).toThrow(RangeError);
  });

  it('relaunches at the quiet hour, waiting for a capture in progress to end', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 0, 10, 3, 0, 0));
    resetElectronMock();
    let busy = true;
    scheduleQuietHourRelaunch(
      app as unknown as App,
      { time: '03:30', isBusy: () => busy, retryMs: 60_000 },
      createMemoryLogger(),
    );
    vi.advanceTimersByTime(30 * 60_000 - 1);
    expect(app.relaunch).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(app.relaunch).not.toHaveBeenCalled();
    busy = false;
    vi.advanceTimersByTime(60_000);
    expect(app.relaunch).toHaveBeenCalledTimes(1);
    expect(app.exit).toHaveBeenCalledWith(0);
  });

  it('can be cancelled', () => {
    vi.useFakeTimers();
    resetElectronMock();
    const cancel = scheduleQuietHourRelaunch(
      app as unknown as App,
      { time: '03:30', isBusy: () => false },
      createMemoryLogger(),
    );
    cancel();
    vi.advanceTimersByTime(25 * 3600_000);
    expect(app.relaunch).not.toHaveBeenCalled();
  });
});
