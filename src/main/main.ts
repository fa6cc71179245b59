/** Electron main process: the boot, read top to bottom as a table of contents. */
import { join } from 'node:path';
import { app, safeStorage, session, type BrowserWindow } from 'electron';
import { createJsonLogger } from '../core/log/logger';
import { registerAppScheme, setupAppProtocol } from './app-protocol';
import { createUpdateInstaller } from './app-updates';
import { watchChildProcesses, watchRenderer } from './crash-recovery';
import { setupIpc } from './ipc-bridge';
import { startKioskService } from './kiosk-service';
import { createKioskWindow } from './kiosk-window';
import { guardNavigation } from './navigation-guard';
import { setupPermissions } from './permission-policy';
import { scheduleQuietHourRelaunch } from './quiet-hour-relaunch';
import { loadShellSettings } from './shell-settings';
import { claimSingleInstance } from './single-instance';
import { modelsDirOf, verifyBundledModels } from './bundled-models';
import { forkUtilityEngine } from './face-engine-utility';
import { selectVault } from './vault-selection';
import { EVENT_CHANNEL } from '../shared/kiosk-api/ipc-channels';
import type { Alarm } from '../shared/kiosk-api/device-status';

const logger = createJsonLogger();
// The bundle lives in dist/ (inside the asar); models and the renderer are beside it.
const here = import.meta.dirname;
const configDir = app.getPath('userData');
const modelsDir = modelsDirOf(
  app.isPackaged,
  here,
  (process as { resourcesPath?: string }).resourcesPath,
);
let window: BrowserWindow | null = null;

async function boot(): Promise<void> {
  registerAppScheme();
  if (!claimSingleInstance(app, () => window)) return;
  app.on('web-contents-created', (_event: unknown, contents) => guardNavigation(contents, logger));
  await app.whenReady();

  await verifyBundledModels(modelsDir);
  const settings = await loadShellSettings(join(configDir, 'kiosk-shell.json'));
  const { vault, strength } = selectVault({
    platform: process.platform,
    storage: safeStorage,
    vaultDir: join(configDir, 'vault'),
    linuxFallback: settings.linuxVaultFallback,
  });
  const kiosk = await startKioskService({
    dataDir: configDir,
    packaged: app.isPackaged,
    vault,
    vaultStrength: strength,
    modelsDir,
    logger,
    launchEngine: (options) => forkUtilityEngine(join(here, 'face-engine.mjs'), options),
    offerUpdate: createUpdateInstaller(
      async () => (await import('electron-updater')).autoUpdater,
      logger,
    ),
  });

  setupPermissions(session.defaultSession);
  setupAppProtocol(join(here, 'renderer'));
  window = createKioskWindow(join(here, 'preload.cjs'), app.isPackaged);
  const contents = () => (window && !window.isDestroyed() ? window.webContents : null);
  setupIpc(kiosk.api, contents, logger);

  const raiseAlarm = (alarm: Alarm) =>
    contents()?.send(EVENT_CHANNEL, { name: 'alarm', payload: alarm });
  const ports = { app, logger, now: Date.now, raiseAlarm };
  watchRenderer(window.webContents, ports);
  watchChildProcesses(ports);
  // The quiet-hour relaunch waits for a worker in the middle of a capture to finish.
  let busy = false;
  kiosk.api.subscribe((event) => {
    if (event.name === 'session.state') busy = !['idle', 'locked'].includes(event.payload.state);
  });
  if (settings.quietHourRelaunch)
    scheduleQuietHourRelaunch(
      app,
      { time: settings.quietHourRelaunch, isBusy: () => busy },
      logger,
    );

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => void kiosk.close());
}

boot().catch((error: unknown) => {
  logger.log('error', 'main.boot.failed', { error: String(error) });
  app.exit(1);
});
