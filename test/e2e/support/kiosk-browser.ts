// Debian's Chromium driven by playwright-core, with Chromium's fake camera playing a .y4m clip:
// the only stand-in is the camera itself; the page, the WebSocket and getUserMedia are real.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Where Debian installs Chromium (`apt-get install chromium`); never downloaded. */
export const CHROMIUM = '/usr/bin/chromium';

/** Whether the browser is installed, for the gated suites' skip condition. */
export const chromiumInstalled = existsSync(CHROMIUM);

/** The three screen shapes the kiosk must work at. */
export const VIEWPORTS = [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
  { width: 1024, height: 768 },
] as const;

/** Where screenshots of a run go (git-ignored). */
export const ARTIFACTS = resolve(import.meta.dirname, '../../../test-artifacts/screens');

/** Launches Chromium with the fake camera playing `y4m`, or its built-in test pattern (no face) when null. */
export function launchKioskBrowser(y4m: string | null): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      ...(y4m ? [`--use-file-for-fake-video-capture=${y4m}`] : []),
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
}

/** Opens the kiosk page at `url` in a fresh context of the given size; console errors and requested URLs are collected. */
export async function openKiosk(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number } = VIEWPORTS[0],
): Promise<{ page: Page; consoleErrors: string[]; requests: string[] }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.goto(url);
  return { page, consoleErrors, requests };
}

/** Saves a screenshot as test-artifacts/screens/<name>-<w>x<h>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const size = page.viewportSize();
  const path = join(ARTIFACTS, `${name}-${size?.width}x${size?.height}.png`);
  await page.screenshot({ path, animations: 'disabled' });
  return path;
}
