// The worker screens against the accessibility rules of the kiosk, in Chromium at 1920x1080:
// contrast of at least 4.5:1 for all text (axe-core on the computed styles), no text under 28 px,
// and a visible countdown on every screen that returns to idle on its own.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEEDS_SHARED_DATA, sharedDataDir } from '../support/shared-data';
import { VIEWPORTS, chromiumInstalled } from './support/kiosk-browser';
import { useScriptedScreens } from './support/use-scripted-screens';

const dir = sharedDataDir();
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const CONTRAST_VIOLATIONS = `axe
  .run(document, { runOnly: { type: 'rule', values: ['color-contrast'] } })
  .then((result) => result.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ') + ' ' + n.any.map((c) => c.message).join(' '))))`;

describe.skipIf(!dir || !chromiumInstalled)(
  `worker screens are accessible (${NEEDS_SHARED_DATA}; apt-get install chromium)`,
  () => {
    const suite = useScriptedScreens(dir);

    it('keeps every worker screen at 4.5:1 contrast, 28 px text and a visible countdown', async () => {
      const smallText = await readFile(join(import.meta.dirname, 'pages/small-text.js'), 'utf8');
      // The kiosk's CSP rightly refuses injected scripts; the test context lets axe-core in.
      const context = await suite.browser.newContext({ viewport: VIEWPORTS[0], bypassCSP: true });
      const page = await context.newPage();
      await page.goto(suite.host.url);
      await page.locator('[data-screen=attract]').waitFor();
      await page.addScriptTag({ path: AXE });
      const problems: string[] = [];
      for (const step of suite.script) {
        for (const event of step.events) suite.push(event);
        await page.locator(`[data-screen="${step.screen}"]`).waitFor();
        if (step.screen === 'face') await page.locator('.preview[data-showing=true]').waitFor();
        const where = (problem: string) => `${step.screen}: ${problem}`;
        problems.push(...(await page.evaluate<string[]>(CONTRAST_VIOLATIONS)).map(where));
        problems.push(...(await page.evaluate<string[]>(smallText)).map(where));
        const timed = step.events.some(
          (e) => e.name === 'session.state' && 'deadlineMs' in e.payload && e.payload.deadlineMs,
        );
        if (timed && !(await page.locator('.countdown').isVisible()))
          problems.push(where('no countdown'));
      }
      expect(problems).toEqual([]);
      // The checks see what they are for: pale text and small text are caught.
      await page.addStyleTag({ content: '.worker h1 { color: #bbb; font-size: 20px; }' });
      expect(await page.evaluate<string[]>(CONTRAST_VIOLATIONS)).not.toEqual([]);
      expect(await page.evaluate<string[]>(smallText)).not.toEqual([]);
      await context.close();
    }, 90_000);
  },
);
