// Every worker screen rendered in Chromium at 1920x1080, 1080x1920 and 1024x768 from the session
// events of the contract: readable type, touchable buttons, nothing cut off, never a full ID number.
// The KioskApi here is scripted (the flows against the real engine are in the other e2e suites).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NEEDS_SHARED_DATA, sharedDataDir } from '../support/shared-data';
import { VIEWPORTS, chromiumInstalled, openKiosk, screenshot } from './support/kiosk-browser';
import { useScriptedScreens } from './support/use-scripted-screens';

const dir = sharedDataDir();
const ID_NUMBER = '110101198503121239';

/** What breaks the layout rules on the visible page (the check runs inside the page). */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(
    await readFile(join(import.meta.dirname, 'pages/layout-problems.js'), 'utf8'),
  );
}

describe.skipIf(!dir || !chromiumInstalled)(
  `worker screens in Chromium (${NEEDS_SHARED_DATA}; apt-get install chromium)`,
  () => {
    const suite = useScriptedScreens(dir);

    for (const viewport of VIEWPORTS) {
      it(`shows every worker screen legibly at ${viewport.width}x${viewport.height}`, async () => {
        const { page, consoleErrors } = await openKiosk(suite.browser, suite.host.url, viewport);
        await page.locator('[data-screen=attract]').waitFor();
        const problems: string[] = [];
        for (const step of suite.script) {
          for (const event of step.events) suite.push(event);
          await page.locator(`[data-screen="${step.screen}"]`).waitFor();
          if (step.screen === 'face') await page.locator('.preview[data-showing=true]').waitFor();
          problems.push(...(await layoutProblems(page)).map((p) => `${step.screen}: ${p}`));
          expect(await page.content()).not.toContain(ID_NUMBER);
          await screenshot(page, step.shot ?? step.screen);
        }
        expect(problems).toEqual([]);
        expect(consoleErrors).toEqual([]);
        await page.context().close();
      });
    }

    it('switches the worker screens to English and back, speaking each screen in its language', async () => {
      const { page, requests } = await openKiosk(suite.browser, suite.host.url, VIEWPORTS[0]);
      // The bundle renames files, so each fetched prompt is known by its bytes.
      const voiceDir = join(import.meta.dirname, '../../assets/voice');
      const known = new Map<string, string>();
      for (const name of ['attract', 'en/attract', 'consent'])
        known.set((await readFile(join(voiceDir, `${name}.ogg`))).toString('base64'), name);
      const spoken = async () => {
        const names: string[] = [];
        for (const url of requests.filter((u) => u.endsWith('.ogg'))) {
          const body = await (await page.request.get(url)).body();
          names.push(known.get(body.toString('base64')) ?? url);
        }
        return names.filter((name, i) => name !== names[i - 1]);
      };
      suite.push({ name: 'session.state', payload: { state: 'idle', endedBy: null } });
      await page.locator('[data-screen=attract] h1').getByText('请将身份证放在读卡区').waitFor();
      await expect.poll(spoken).toEqual(['attract']);
      await page.click('[data-action=language]');
      await page
        .locator('[data-screen=attract] h1')
        .getByText('Place your ID card on the reader')
        .waitFor();
      expect(await page.getAttribute('.app', 'lang')).toBe('en');
      await expect.poll(spoken).toEqual(['attract', 'en/attract']);
      await page.click('[data-action=language]');
      expect(await page.getAttribute('.app', 'lang')).toBe('zh-CN');
      suite.push({
        name: 'session.state',
        payload: { state: 'consent', consentVersion: 'v1', transmits: 'neither', deadlineMs: null },
      });
      await page.locator('[data-screen=consent]').waitFor();
      // Back in Mandarin the attract prompt may come from the cache; the consent prompt is fetched.
      await expect.poll(async () => (await spoken()).at(-1)).toBe('consent');
      expect((await spoken()).slice(0, 2)).toEqual(['attract', 'en/attract']);
      await page.context().close();
    });
  },
);
