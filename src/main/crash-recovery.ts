/** What happens when a renderer or helper process dies: log, tell the operator, reload or relaunch. */
import type { App, RenderProcessGoneDetails, WebContents } from 'electron';
import type { Logger } from '../core/log/logger';
import { MAIN_MESSAGES } from '../shared/i18n/catalog-device';
import type { Alarm } from '../shared/kiosk-api/device-status';

/** How many renderer crashes in `windowMs` are tolerated before the whole app is relaunched. */
interface CrashPolicy {
  readonly maxReloads: number;
  readonly windowMs: number;
}

/** A few reloads in ten minutes; a renderer that keeps dying needs a fresh process tree. */
const DEFAULT_CRASH_POLICY: CrashPolicy = { maxReloads: 3, windowMs: 600_000 };

/** What crash recovery needs from the shell. */
export interface CrashRecoveryPorts {
  readonly app: Pick<App, 'on' | 'relaunch' | 'exit'>;
  readonly logger: Logger;
  readonly now: () => number;
  /** Sends an alarm to the operator console (once the window is back). */
  readonly raiseAlarm: (alarm: Alarm) => void;
}

/** Watches the window's renderer: reloads it after a crash, relaunches the app after too many. */
export function watchRenderer(
  contents: WebContents,
  ports: CrashRecoveryPorts,
  policy = DEFAULT_CRASH_POLICY,
): void {
  let crashes: number[] = [];
  contents.on('render-process-gone', (_event: unknown, details: RenderProcessGoneDetails) => {
    const nowMs = ports.now();
    ports.logger.log('error', 'main.renderer.gone', {
      reason: details.reason,
      exitCode: details.exitCode,
    });
    if (details.reason === 'clean-exit') return;
    crashes = [...crashes.filter((at) => nowMs - at < policy.windowMs), nowMs];
    if (crashes.length > policy.maxReloads) {
      ports.logger.log('error', 'main.relaunch', {
        cause: 'renderer-crash-loop',
        crashes: crashes.length,
      });
      ports.app.relaunch();
      ports.app.exit(1);
      return;
    }
    contents.reload();
    // The reloaded page subscribes afresh; the alarm tells the operator why the screen restarted.
    contents.once('did-finish-load', () =>
      ports.raiseAlarm({
        code: 'main.renderer-crashed',
        severity: 'warning',
        text: MAIN_MESSAGES.rendererCrashed,
        atMs: nowMs,
      }),
    );
  });
}

/** Logs and reports every child process that dies abnormally (GPU, utility, …); Chromium restarts its own. */
export function watchChildProcesses(ports: CrashRecoveryPorts): void {
  ports.app.on(
    'child-process-gone',
    (
      _event: unknown,
      details: { type: string; reason: string; exitCode: number; serviceName?: string },
    ) => {
      if (details.reason === 'clean-exit') return;
      ports.logger.log('error', 'main.child.gone', {
        type: details.type,
        reason: details.reason,
        exitCode: details.exitCode,
        service: details.serviceName ?? null,
      });
      ports.raiseAlarm({
        code: 'main.child-crashed',
        severity: 'warning',
        text: MAIN_MESSAGES.childCrashed,
        atMs: ports.now(),
      });
    },
  );
}
