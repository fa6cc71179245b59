/**
 * `kiosk demo --open`: the kiosk's worker screens served on 127.0.0.1 so that a newcomer can watch
 * the capture in a browser. The page only watches: the demo feeds the camera frames, so frames a
 * browser camera would send are ignored.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { startBrowserHost } from '../host/browser-host';
import type { KioskService } from '../shared/kiosk-api/kiosk-api';

const VITE_CONFIG = resolve(import.meta.dirname, '../../vite.config.ts');

/** The screens being served. */
export interface DemoWatch {
  /** The page to open (with its per-launch token). */
  readonly url: string;
  /** Settles when the first page has connected and subscribed to the kiosk's events. */
  readonly watched: Promise<void>;
  close(): Promise<void>;
}

/** Builds the screens into a temporary folder and serves them with the kiosk's API. */
export async function startDemoWatch(api: KioskService): Promise<DemoWatch> {
  const staticDir = await mkdtemp(join(tmpdir(), 'kiosk-demo-screens-'));
  try {
    await build({
      configFile: VITE_CONFIG,
      logLevel: 'error',
      build: { outDir: staticDir, emptyOutDir: true },
    });
    let connected = () => {};
    const watched = new Promise<void>((resolveWatched) => (connected = resolveWatched));
    const watchApi: KioskService = {
      ...api,
      subscribe(listener) {
        connected();
        return api.subscribe(listener);
      },
      'frame.submit': async () => ({ ok: true, value: { disposition: 'ignored' } }),
    };
    const host = await startBrowserHost({ api: watchApi, staticDir });
    return {
      url: host.url,
      watched,
      async close() {
        await host.close();
        await rm(staticDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(staticDir, { recursive: true, force: true });
    throw error;
  }
}
