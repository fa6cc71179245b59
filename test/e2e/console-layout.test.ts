// The operator console at the three screen sizes against the real kiosk: names on one line, a
// state icon beside each device, values in the selected language, figures readable from two metres.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterPin, screen } from './support/flow-steps';
import {
  VIEWPORTS,
  chromiumInstalled,
  launchKioskBrowser,
  openKiosk,
  screenshot,
} from './support/kiosk-browser';
import { disposeRendererBuild } from './support/renderer-build';
import { TEST_STAFF } from '../support/test-staff';
import { startKioskStage, type KioskStage } from './support/kiosk-stage';

interface Glance {
  wrapped: string[];
  icons: number;
  rows: number;
  figurePx: number;
  healthText: string;
}

describe.skipIf(!chromiumInstalled)(
  'operator console layout (needs Chromium: apt-get install chromium)',
  () => {
    let browser: Browser;
    let stage: KioskStage;

    beforeAll(async () => {
      browser = await launchKioskBrowser(null);
      stage = await startKioskStage({ holder: 'worker' });
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      await stage?.close();
      await disposeRendererBuild();
    });

    it('reads at a glance at every shipped screen size, in Chinese words', async () => {
      const glance = await readFile(join(import.meta.dirname, 'pages/console-glance.js'), 'utf8');
      const { page } = await openKiosk(browser, stage.host.url);
      await screen(page, 'attract');
      await page.click('[data-action=staff]');
      await enterPin(page, TEST_STAFF.operator);
      await screen(page, 'dashboard');
      await page.locator('[data-row=reader][data-ok=true]').waitFor();
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        const seen = await page.evaluate<Glance>(glance);
        expect(seen.wrapped, `${viewport.width}x${viewport.height}`).toEqual([]);
        expect(seen.icons).toBe(seen.rows);
        expect(seen.rows).toBe(7);
        expect(seen.figurePx).toBeGreaterThanOrEqual(48);
        expect(seen.healthText).not.toMatch(/connected|default|ready|starting|failed/i);
        await screenshot(page, 'console-dashboard');
      }
      expect(await page.locator('[data-row=reader] [data-field=state]').textContent()).toBe(
        '已连接',
      );
      await page.context().close();
    }, 60_000);
  },
);
