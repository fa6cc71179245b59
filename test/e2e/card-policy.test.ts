// The card policy in Chromium against the real kiosk: a refused card tells the worker why and what
// to do; a card held for review waits for the operator's answer in the console, and the record
// names who confirmed it.
import { describe, expect, it } from 'vitest';
import { enterPin, screen, startToCard } from './support/flow-steps';
import { queueOf, queueUntil } from '../support/kiosk-queue';
import { chromiumInstalled, openKiosk, screenshot } from './support/kiosk-browser';
import { TEST_STAFF } from '../support/test-staff';
import { useKioskBrowser } from './support/use-kiosk-browser';
describe.skipIf(!chromiumInstalled)(
  'card policy against the real kiosk (needs Chromium: apt-get install chromium)',
  () => {
    const suite = useKioskBrowser('demo-clip');

    it('tells the holder of an expired card why it cannot be used and what to do, recording nothing', async () => {
      const stage = await suite.start({ holder: 'worker', cardProfile: 'expired' });
      const { page, consoleErrors } = await openKiosk(suite.browser, stage.host.url);
      await startToCard(page);
      await stage.place();
      await screen(page, 'refused');
      await screenshot(page, 'card-refused-expired');
      expect(await page.locator('[data-screen=refused] h1').textContent()).toBe('此证件不能办理');
      expect(await page.locator('[data-screen=refused]').textContent()).toContain(
        '请到派出所换领新证',
      );
      expect(await queueOf(stage)).toMatchObject({ pending: 0, sending: 0, acked: 0 });
      expect(stage.collectorRecords()).toBe(0);
      expect(consoleErrors).toEqual([]);
    }, 60_000);

    it('holds a card with a review finding until the operator accepts it, and records who did', async () => {
      const stage = await suite.start({ holder: 'worker', cardProfile: 'region-mismatch' });
      const { page } = await openKiosk(suite.browser, stage.host.url);
      await startToCard(page);
      await stage.place();
      await screen(page, 'review');
      await page.click('[data-action=staff]');
      await enterPin(page, TEST_STAFF.operator);
      await page.locator('[data-panel=card-review]').waitFor();
      expect(await page.locator('[data-panel=card-review] [data-finding]').count()).toBe(1);
      expect(
        await page.locator('[data-panel=card-review] [data-finding]').getAttribute('data-finding'),
      ).toBe('region-mismatch');
      await screenshot(page, 'console-card-review');
      await page.click('[data-panel=card-review] [data-action=accept-card]');
      await page.locator('[data-panel=card-review]').waitFor({ state: 'detached' });
      await page.click('[data-action=logout]');
      await screen(page, 'pass', 45_000);
      await queueUntil(stage, (q) => q.acked === 1);
      const [stored] = stage.collectorEnvelopes();
      expect(stored).toMatchObject({
        record: { cardReview: { findings: ['region-mismatch'], confirmedBy: expect.any(String) } },
      });
    }, 90_000);
  },
);
