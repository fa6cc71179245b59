// Application updates with electron-updater from a generic (static HTTPS) provider, driven by the
// fleet's signed offers: the feed's metadata must name the version and sha512 the fleet signed,
// electron-updater checks the downloaded artefact against that sha512, and the install (which
// restarts the app) waits for a moment with no session.
import type { AppUpdater } from 'electron-updater';
import type { IdleGate } from '../core/fleet/update-offer';
import type { Logger } from '../core/log/logger';
import type { SignedUpdate } from '../shared/fleet/heartbeat-schema';

/** How an offer ended. */
export type UpdateOutcome =
  | { readonly kind: 'installing'; readonly version: string }
  | { readonly kind: 'not-available' }
  | { readonly kind: 'refused'; readonly reason: 'version-mismatch' | 'sha512-mismatch' }
  | { readonly kind: 'failed'; readonly error: string };

/** The part of electron-updater's AppUpdater this module drives. */
export type UpdaterPort = Pick<
  AppUpdater,
  | 'setFeedURL'
  | 'checkForUpdates'
  | 'downloadUpdate'
  | 'quitAndInstall'
  | 'autoDownload'
  | 'autoInstallOnAppQuit'
>;

/**
 * Makes the offer handler; `loadUpdater` is called at the first offer (electron-updater reaches for
 * Electron as it loads). One offer at a time, later ones wait their turn.
 */
export function createUpdateInstaller(loadUpdater: () => Promise<UpdaterPort>, logger: Logger) {
  let running: Promise<UpdateOutcome> = Promise.resolve({ kind: 'not-available' });

  async function install(offer: SignedUpdate['payload'], idle: IdleGate): Promise<UpdateOutcome> {
    const updater = await loadUpdater();
    // The fleet decides when to update, never the updater on its own.
    updater.autoDownload = false;
    updater.autoInstallOnAppQuit = false;
    updater.setFeedURL({ provider: 'generic', url: offer.url });
    const check = await updater.checkForUpdates();
    if (!check?.isUpdateAvailable) return { kind: 'not-available' };
    const info = check.updateInfo;
    if (info.version !== offer.version) return { kind: 'refused', reason: 'version-mismatch' };
    // The feed is only as trusted as its host; the fleet signature pins the artefact's hash.
    if (info.files.length !== 1 || info.files[0]?.sha512 !== offer.sha512)
      return { kind: 'refused', reason: 'sha512-mismatch' };
    await updater.downloadUpdate();
    await idle.nextIdle();
    updater.quitAndInstall(true, true);
    return { kind: 'installing', version: offer.version };
  }

  /** Handles one offer; resolves when it is installing, refused or failed. */
  return (offer: SignedUpdate['payload'], idle: IdleGate): Promise<UpdateOutcome> => {
    running = running.then(() =>
      install(offer, idle).catch((error: unknown) => ({
        kind: 'failed' as const,
        error: error instanceof Error ? error.message.slice(0, 200) : 'unknown',
      })),
    );
    void running.then((outcome) => logger.log('info', 'update.outcome', { kind: outcome.kind }));
    return running;
  };
}
