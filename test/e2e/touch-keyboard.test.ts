// The technician's fields filled by touch alone: taps on the fields and on the on-screen keyboard,
// never a keyboard event, against the real kiosk; screenshots of the keyboard at the three sizes.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screen } from './support/flow-steps';
import { VIEWPORTS, chromiumInstalled, screenshot } from './support/kiosk-browser';
import { TEST_STAFF } from '../support/test-staff';
import { useKioskBrowser } from './support/use-kiosk-browser';

/** Counts every key event the page sees, from before its first script runs. */
const COUNT_KEY_EVENTS = `window.__keyEvents = 0;
for (const type of ['keydown', 'keypress', 'keyup'])
  window.addEventListener(type, () => (window.__keyEvents += 1), true);`;

async function tap(page: Page, selector: string): Promise<void> {
  const target = page.locator(selector);
  await target.waitFor();
  const box = await target.boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

/** Types `text` on the on-screen keyboard: shift before each capital, as a person would. */
async function tapText(page: Page, text: string): Promise<void> {
  for (const char of text) {
    if (char !== char.toLowerCase()) await tap(page, '.touch-keyboard [data-key=shift]');
    await tap(page, `.touch-keyboard [data-key="${char}"]`);
  }
}

describe.skipIf(!chromiumInstalled)(
  'on-screen keyboard (needs Chromium: apt-get install chromium)',
  () => {
    const suite = useKioskBrowser('test-pattern', { checkLogs: false });

    it('fills and saves the technician fields by touch alone, with no keyboard event', async () => {
      const stage = await suite.start({ holder: 'worker' });
      const context = await suite.browser.newContext({ viewport: VIEWPORTS[0], hasTouch: true });
      await context.addInitScript(COUNT_KEY_EVENTS);
      const page = await context.newPage();
      await page.goto(stage.host.url);
      await screen(page, 'attract');
      await tap(page, '[data-action=staff]');
      await screen(page, 'pin');
      await tap(page, 'input[name=account]');
      await tapText(page, TEST_STAFF.technician.account);
      await tap(page, '.touch-keyboard [data-key=done]');
      for (const digit of TEST_STAFF.technician.pin)
        await tap(page, `.pin .keys [data-key="${digit}"]`);
      await tap(page, '.pin .keys [data-key=enter]');
      await tap(page, '[data-action=setup]');
      await screen(page, 'setup');
      expect(await page.locator('.touch-keyboard').count()).toBe(0);

      await tap(page, 'input[name=deviceId]');
      await page.locator('.touch-keyboard[data-layout=text]').waitFor();
      await tapText(page, 'KIOSK-0042');
      await tap(page, 'input[name=pointCode]');
      await tapText(page, '440300A1');
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        await page.evaluate(`document.activeElement?.scrollIntoView({ block: 'center' })`);
        await screenshot(page, 'keyboard');
      }
      await page.setViewportSize(VIEWPORTS[0]);
      await tap(page, '.touch-keyboard [data-key=done]');
      await page.locator('[data-step=identity] [data-outcome=done]').waitFor();
      expect(await page.locator('.touch-keyboard').count()).toBe(0);

      await tap(page, '[data-action=next]');
      await tap(page, 'input[name=endpoint]');
      await tapText(page, 'http://127.0.0.1:9/v1/recordsx');
      await tap(page, '.touch-keyboard [data-key=backspace]');
      // The screen's own save button, tapped while the keyboard is up, saves and closes it.
      await tap(page, '[data-step=endpoint] button[type=submit]');
      await page.locator('[data-step=endpoint] [data-outcome=done]').waitFor();
      await page.locator('.touch-keyboard').waitFor({ state: 'detached' });

      const local = JSON.parse(await readFile(stage.localConfigPath, 'utf8')) as Record<
        string,
        Record<string, unknown>
      >;
      expect(local.device).toMatchObject({ id: 'KIOSK-0042', pointCode: '440300A1' });
      expect(local.upload).toMatchObject({ endpoint: 'http://127.0.0.1:9/v1/records' });
      expect(await page.evaluate<number>('window.__keyEvents')).toBe(0);
      await context.close();
    }, 90_000);

    it('shows the numeric pad for a numeric field and hides it when the focus leaves', async () => {
      const stage = await suite.start({ holder: 'worker' });
      const context = await suite.browser.newContext({ viewport: VIEWPORTS[2], hasTouch: true });
      const page = await context.newPage();
      await page.goto(stage.host.url);
      await screen(page, 'attract');
      // Any numeric field gets the pad: one is planted, as a screen with a PIN field would have.
      await page.evaluate(`{
        const field = document.createElement('input');
        field.name = 'planted-pin';
        field.inputMode = 'numeric';
        field.style.cssText = 'position:fixed;top:8px;left:8px;width:200px;height:64px';
        document.body.append(field);
      }`);
      await tap(page, 'input[name=planted-pin]');
      await page.locator('.touch-keyboard[data-layout=numeric]').waitFor();
      expect(await page.locator('.touch-keyboard [data-key=q]').count()).toBe(0);
      for (const digit of '2468') await tap(page, `.touch-keyboard [data-key="${digit}"]`);
      expect(await page.inputValue('input[name=planted-pin]')).toBe('2468');
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        await screenshot(page, 'keyboard-numeric');
      }
      await tap(page, '.touch-keyboard [data-key=done]');
      await page.locator('.touch-keyboard').waitFor({ state: 'detached' });
      await context.close();
    }, 60_000);
  },
);
