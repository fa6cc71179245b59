// The worker's flows in Chromium against the real kiosk: card on the emulated reader, the fake
// camera playing the demo clip, the face engine process, SQLite and the collector on 127.0.0.1.
import { describe, expect, it } from 'vitest';
import { enterPin, screen, startToFace } from './support/flow-steps';
import { queueOf, queueUntil } from '../support/kiosk-queue';
import { chromiumInstalled, openKiosk, screenshot } from './support/kiosk-browser';
import { TEST_STAFF } from '../support/test-staff';
import { useKioskBrowser } from './support/use-kiosk-browser';
describe.skipIf(!chromiumInstalled)(
  'worker flow against the real kiosk (needs Chromium: apt-get install chromium)',
  () => {
    const suite = useKioskBrowser('demo-clip');

    it('takes the card holder from the attract screen to an acknowledged upload', async () => {
      const stage = await suite.start({ holder: 'worker' });
      const { page, consoleErrors } = await openKiosk(suite.browser, stage.host.url);
      await startToFace(page, stage);
      await screenshot(page, 'flow-confirmed');
      const masked = await page.textContent('[data-field=masked-id]');
      expect(masked).toMatch(/^\d+\*{8,}[\dX]+$/);
      expect(masked?.replaceAll('*', '')).toBe(
        stage.idNumber.slice(0, 4) + stage.idNumber.slice(-4),
      );
      await screen(page, 'pass');
      expect(await page.locator('svg.qr').count()).toBe(1);
      await screenshot(page, 'flow-pass');
      await queueUntil(stage, (q) => q.acked === 1);
      expect(stage.collectorRecords()).toBe(1);
      await stage.remove();
      await screen(page, 'attract');
      expect(await page.content()).not.toContain(stage.name);
      expect(consoleErrors).toEqual([]);
    }, 60_000);

    it('rejects an impostor: the face does not match the card, nothing is stored or sent', async () => {
      const stage = await suite.start({ holder: 'cameraman' });
      const { page } = await openKiosk(suite.browser, stage.host.url);
      await startToFace(page, stage);
      await screen(page, 'retry');
      await screen(page, 'fail', 45_000);
      expect(await page.getAttribute('.app', 'data-locale')).toBe('zh-CN');
      expect(await page.locator('[data-screen=fail] h1').textContent()).toBe('核验未通过');
      expect(await page.locator('[data-screen=fail]').textContent()).not.toMatch(
        /0\.\d{2}|score|分数/,
      );
      expect(await queueOf(stage)).toMatchObject({ pending: 0, sending: 0, acked: 0 });
      expect(stage.collectorRecords()).toBe(0);
    }, 90_000);

    it('keeps a capture while the collector is down and uploads it once the collector is up', async () => {
      const stage = await suite.start({ holder: 'worker', collectorUp: false });
      const { page } = await openKiosk(suite.browser, stage.host.url);
      await startToFace(page, stage);
      await screen(page, 'pass');
      await queueUntil(stage, (q) => q.pending === 1 && q.sending === 0);
      expect(stage.collectorRecords()).toBe(0);
      await stage.startCollector();
      await queueUntil(stage, (q) => q.acked === 1);
      expect(stage.collectorRecords()).toBe(1);
    }, 90_000);

    it('shows the reader unplugged in plain words and recovers when it is plugged back in', async () => {
      const stage = await suite.start({ holder: 'worker' });
      const { page } = await openKiosk(suite.browser, stage.host.url);
      await screen(page, 'attract');
      await stage.unplugReader();
      await screen(page, 'reader-error');
      expect(await page.locator('[data-screen=reader-error] h1').textContent()).toContain(
        '读卡器未连接',
      );
      await stage.plugReader();
      await screen(page, 'attract');
    }, 60_000);

    it('lets the operator verify in person where policy allows, with the card photo hidden until opened', async () => {
      const stage = await suite.start({
        holder: 'cameraman',
        capture: { attempts: 1, operatorVerification: { allowed: true, roles: ['operator'] } },
      });
      const { page } = await openKiosk(suite.browser, stage.host.url);
      await startToFace(page, stage);
      await screen(page, 'review');
      await page.click('[data-action=staff]');
      await enterPin(page, TEST_STAFF.operator);
      await page.locator('[data-panel=review]').waitFor();
      expect(await page.locator('[data-panel=review] img').count()).toBe(0);
      await page.click('[data-action=show-photo]');
      expect(await page.locator('[data-panel=review] img').count()).toBe(1);
      await page.click('[data-panel=review] [data-action=verified]');
      await page.locator('[data-panel=review]').waitFor({ state: 'detached' });
      await page.click('[data-action=logout]');
      await screen(page, 'pass');
      await queueUntil(stage, (q) => q.acked === 1);
      const [stored] = stage.collectorEnvelopes();
      expect(stored).toMatchObject({ record: { verification: { method: 'operator-in-person' } } });
    }, 90_000);
  },
);
