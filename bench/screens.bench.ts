// Screens bench (npm run bench:screens): in Chromium against the real kiosk, the time from a touch
// to the next screen, the frames per second the camera delivers to the engine, and the renderer's
// heap after many sessions. Prints figures for docs/performance.md ("Screens"); asserts nothing.
import { readFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { KioskService } from '../src/shared/kiosk-api/kiosk-api';
import { launchKioskBrowser, openKiosk } from '../test/e2e/support/kiosk-browser';
import { startKioskStage } from '../test/e2e/support/kiosk-stage';
import { disposeRendererBuild } from '../test/e2e/support/renderer-build';
import { quantile } from './support/bench-figures';

const SESSIONS = Number(process.env.SESSIONS ?? 1000);
const FPS_WINDOW_MS = 10_000;

const summary = (values: number[]) => ({
  median: +quantile(values, 0.5).toFixed(1),
  p95: +quantile(values, 0.95).toFixed(1),
});

async function heap(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { heapMiB: +(value('JSHeapUsedSize') / 2 ** 20).toFixed(2), domNodes: value('Nodes') };
}

const frames: number[] = [];
const countFrames = (api: KioskService): KioskService => ({
  ...api,
  'frame.submit': (frame) => {
    frames.push(performance.now());
    return api['frame.submit'](frame);
  },
});

const stage = await startKioskStage({ holder: 'worker', wrapApi: countFrames });
const browser = await launchKioskBrowser(null);
try {
  const { page } = await openKiosk(browser, stage.host.url);
  await page.locator('[data-screen=attract]').waitFor();
  const cycles = await readFile(join(import.meta.dirname, 'pages/screen-cycles.js'), 'utf8');
  await page.evaluate(`${cycles}(20)`); // warm-up
  const before = await heap(page);
  const started = performance.now();
  const times = await page.evaluate<{ toConsent: number[]; toAttract: number[] }>(
    `${cycles}(${SESSIONS})`,
  );
  const cyclesSeconds = (performance.now() - started) / 1000;
  const after = await heap(page);

  await page.click('[data-screen=attract]');
  await page.click('[data-action=agree]');
  await page.locator('[data-screen=card]').waitFor();
  await stage.place();
  await page.locator('.preview[data-showing=true]').waitFor({ timeout: 30_000 });
  await new Promise((r) => setTimeout(r, 2000));
  const from = performance.now();
  await new Promise((r) => setTimeout(r, FPS_WINDOW_MS));
  const delivered = frames.filter((t) => t >= from && t < from + FPS_WINDOW_MS).length;
  await stage.remove();

  console.log(
    JSON.stringify(
      {
        machine: { nproc: cpus().length, cpu: cpus()[0]?.model, date: new Date().toISOString() },
        sessions: SESSIONS,
        sessionsSeconds: +cyclesSeconds.toFixed(1),
        touchToConsentMs: summary(times.toConsent),
        cancelToAttractMs: summary(times.toAttract),
        framesPerSecondToEngine: +(delivered / (FPS_WINDOW_MS / 1000)).toFixed(1),
        rendererBefore: before,
        rendererAfter: after,
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
  await stage.close();
  await disposeRendererBuild();
}
