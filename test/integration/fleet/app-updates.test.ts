// Updates through electron-updater's real AppImage updater and generic provider, from a local
// static server holding a fake app bundle: the fleet-signed sha512 must match the feed, the
// artefact must match its sha512, and the install waits for a moment with no session.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { AppImageUpdater } from 'electron-updater';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listen } from '../../../src/collector/http-plumbing';
import { createMemoryLogger } from '../../../src/core/log/logger';
import { createUpdateInstaller, type UpdaterPort } from '../../../src/main/app-updates';
import { NodeUpdateExecutor } from '../../support/node-update-executor';

let dir: string;
let server: Server;
let http: { url: string; close(): Promise<void> };
const bundle = randomBytes(256 * 1024);
const sha512 = createHash('sha512').update(bundle).digest('base64');
const savedAppImage = process.env.APPIMAGE;

function feed(folder: string, version: string, artefact: Buffer, listedSha512: string) {
  mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(join(dir, folder, `kiosk-${version}.AppImage`), artefact);
  writeFileSync(
    join(dir, folder, 'latest-linux.yml'),
    [
      `version: ${version}`,
      'files:',
      `  - url: kiosk-${version}.AppImage`,
      `    sha512: ${listedSha512}`,
      `    size: ${artefact.length}`,
      `path: kiosk-${version}.AppImage`,
      `sha512: ${listedSha512}`,
      "releaseDate: '2026-12-06T00:00:00.000Z'",
      '',
    ].join('\n'),
  );
  return `${http.url}/${folder}/`;
}

function updater(): { port: UpdaterPort; quitAndInstall: ReturnType<typeof vi.fn> } {
  const cache = mkdtempSync(join(dir, 'cache-'));
  // electron-builder packs this file into every build; the updater names its cache folder from it.
  writeFileSync(
    join(cache, 'app-update.yml'),
    `provider: generic\nurl: ${http.url}/\nupdaterCacheDirName: realname-kiosk-updater\n`,
  );
  const real = new AppImageUpdater(null, {
    version: '0.1.0',
    name: 'realname-kiosk',
    isPackaged: true,
    appUpdateConfigPath: join(cache, 'app-update.yml'),
    userDataPath: cache,
    baseCachePath: cache,
    whenReady: async () => undefined,
    relaunch: () => undefined,
    quit: () => undefined,
    onQuit: () => undefined,
  });
  real.logger = null;
  (real as unknown as { httpExecutor: NodeUpdateExecutor }).httpExecutor = new NodeUpdateExecutor();
  // Replacing the running AppImage and relaunching is the Electron binary's part.
  const quitAndInstall = vi.fn();
  const port = {
    setFeedURL: real.setFeedURL.bind(real),
    checkForUpdates: real.checkForUpdates.bind(real),
    downloadUpdate: real.downloadUpdate.bind(real),
    quitAndInstall,
    set autoDownload(value: boolean) {
      real.autoDownload = value;
    },
    set autoInstallOnAppQuit(value: boolean) {
      real.autoInstallOnAppQuit = value;
    },
  } as unknown as UpdaterPort;
  return { port, quitAndInstall };
}

const idleNow = { isIdle: () => true, nextIdle: () => Promise.resolve() };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'updates-'));
  process.env.APPIMAGE = join(dir, 'kiosk-0.1.0.AppImage');
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    try {
      res.writeHead(200).end(readFileSync(join(dir, path)));
    } catch {
      res.writeHead(404).end();
    }
  });
  http = await listen(server, 0, '127.0.0.1');
});
afterAll(async () => {
  await http?.close();
  rmSync(dir, { recursive: true, force: true });
  if (savedAppImage === undefined) delete process.env.APPIMAGE;
  else process.env.APPIMAGE = savedAppImage;
});

describe('application updates', () => {
  it('downloads the signed release and installs it once no session runs', async () => {
    const url = feed('good', '0.2.0', bundle, sha512);
    const { port, quitAndInstall } = updater();
    // The download completes during a session; the install waits for the session to end.
    let sessionEnds: (() => void) | null = null;
    const gate = {
      isIdle: () => false,
      nextIdle: () => new Promise<void>((resolve) => (sessionEnds = resolve)),
    };
    const outcome = createUpdateInstaller(async () => port, createMemoryLogger())(
      { version: '0.2.0', url, sha512 },
      gate,
    );
    await vi.waitFor(() => expect(sessionEnds).not.toBeNull(), { timeout: 15_000, interval: 50 });
    expect(quitAndInstall).not.toHaveBeenCalled();
    sessionEnds!();
    expect(await outcome).toEqual({ kind: 'installing', version: '0.2.0' });
    expect(quitAndInstall).toHaveBeenCalledWith(true, true);
  });

  it('refuses a feed whose sha512 is not the one the fleet signed', async () => {
    const url = feed('swapped', '0.2.0', bundle, sha512);
    const { port, quitAndInstall } = updater();
    const other = createHash('sha512').update('another build').digest('base64');
    const outcome = await createUpdateInstaller(async () => port, createMemoryLogger())(
      { version: '0.2.0', url, sha512: other },
      idleNow,
    );
    expect(outcome).toEqual({ kind: 'refused', reason: 'sha512-mismatch' });
    expect(quitAndInstall).not.toHaveBeenCalled();
  });

  it('fails the download of an artefact that does not match its sha512', async () => {
    const tampered = Buffer.from(bundle);
    tampered[100] = (tampered[100] ?? 0) ^ 0xff;
    const url = feed('tampered', '0.2.0', tampered, sha512);
    const { port, quitAndInstall } = updater();
    const outcome = await createUpdateInstaller(async () => port, createMemoryLogger())(
      { version: '0.2.0', url, sha512 },
      idleNow,
    );
    expect(outcome).toMatchObject({ kind: 'failed', error: expect.stringMatching(/sha512/) });
    expect(quitAndInstall).not.toHaveBeenCalled();
  });
});
