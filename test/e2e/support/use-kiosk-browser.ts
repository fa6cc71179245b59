// The set-up every e2e suite against a running kiosk shares: Chromium launched once for the suite
// (the fake camera playing the demo clip, or its test pattern), a kiosk stage per test closed after
// it (its logs checked for personal data first), and the browser, clip and renderer build disposed.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { expectNoPersonalData } from './flow-steps';
import { launchKioskBrowser } from './kiosk-browser';
import { startKioskStage, type KioskStage, type StageOptions } from './kiosk-stage';
import { disposeRendererBuild } from './renderer-build';
import { writeDemoY4m } from './y4m-clip';

/** What the fake camera shows: a live person talking, or Chromium's test pattern (no face). */
type Camera = 'demo-clip' | 'test-pattern';

/** A suite's browser and the stage of its running test. */
export interface KioskBrowserSuite {
  /** The suite's Chromium, launched before the first test. */
  readonly browser: Browser;
  /** Starts this test's kiosk; it is closed after the test. */
  start(options: StageOptions): Promise<KioskStage>;
}

/** Registers the suite's hooks; call it in the describe block. */
export function useKioskBrowser(
  camera: Camera,
  { checkLogs = true }: { readonly checkLogs?: boolean } = {},
): KioskBrowserSuite {
  let browser: Browser | null = null;
  let clipDir: string | null = null;
  let current: KioskStage | null = null;

  beforeAll(async () => {
    if (camera === 'demo-clip') clipDir = await mkdtemp(join(tmpdir(), 'kiosk-clip-'));
    const y4m = clipDir ? await writeDemoY4m(join(clipDir, 'live-person.y4m')) : null;
    browser = await launchKioskBrowser(y4m);
  });
  afterEach(async () => {
    const stage = current;
    current = null;
    if (!stage) return;
    try {
      if (checkLogs) expectNoPersonalData(stage);
    } finally {
      await stage.close();
    }
  });
  afterAll(async () => {
    await browser?.close();
    if (clipDir) await rm(clipDir, { recursive: true, force: true });
    await disposeRendererBuild();
  });

  return {
    get browser() {
      if (!browser) throw new Error('the suite browser starts in beforeAll');
      return browser;
    },
    start: async (options) => (current = await startKioskStage(options)),
  };
}
