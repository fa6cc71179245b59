// The set-up of the suites that walk the worker screens with a scripted KioskApi: the browser host
// over a fake API, Chromium with the fake camera playing a live person of the shared set, and the
// gallery script for that person's card (the flows against the real kiosk are in the other suites).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../../src/host/browser-host';
import type { KioskEvent } from '../../../src/shared/kiosk-api/events';
import { fakeApi } from '../../integration/host/host-client';
import { launchKioskBrowser } from './kiosk-browser';
import { disposeRendererBuild, rendererBuild } from './renderer-build';
import { HEALTHY, SETTINGS, galleryScript } from './scripted-screens';

/** A suite's browser, host and script; each is there once the suite's beforeAll has run. */
export interface ScriptedScreensSuite {
  readonly browser: Browser;
  readonly host: BrowserHost;
  readonly script: ReturnType<typeof galleryScript>;
  /** Hands the screens an event as the kiosk would. */
  push(event: KioskEvent): void;
}

/** Registers the suite's hooks; `dataDir` is the shared data folder (the suite is skipped without it). */
export function useScriptedScreens(dataDir: string | null): ScriptedScreensSuite {
  let started: ScriptedScreensSuite | null = null;
  let browser: Browser | null = null;
  let host: BrowserHost | null = null;

  beforeAll(async () => {
    const dir = dataDir as string;
    const photo = await readFile(join(dir, 'camera/live/idphoto-grid_pwij3p.jpg'));
    const api = fakeApi({
      'ui.settings': async () => ({ ok: true, value: SETTINGS }),
      'status.get': async () => ({ ok: true, value: HEALTHY }),
      'frame.submit': async () => ({ ok: true, value: { disposition: 'analyzing' } }),
    });
    host = await startBrowserHost({ api: api.api, staticDir: await rendererBuild() });
    browser = await launchKioskBrowser(join(dir, 'camera/live/person-grid_pwij3p.y4m'));
    const script = galleryScript({
      cardType: 'resident',
      name: '王晓明',
      maskedId: '1101**********1239',
      photo: `data:image/jpeg;base64,${photo.toString('base64')}`,
    });
    started = { browser, host, script, push: api.push };
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await disposeRendererBuild();
  });

  const suite = (): ScriptedScreensSuite => {
    if (!started) throw new Error('the scripted screens start in beforeAll');
    return started;
  };
  return {
    get browser() {
      return suite().browser;
    },
    get host() {
      return suite().host;
    },
    get script() {
      return suite().script;
    },
    push: (event) => suite().push(event),
  };
}
