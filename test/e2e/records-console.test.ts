// The record lifecycle on the console, in Chromium against the real kiosk: figures for today with
// the daily chart read from the store, and a record the platform refused listed with its masked
// number only, then sent again by the operator (audited under the operator's account).
import { describe, expect, it } from 'vitest';
import { loadOrCreateDeviceKey } from '../../src/core/device/device-key';
import { openFileVault } from '../../src/core/device/key-vault-file';
import { localDay } from '../../src/core/local-day';
import { countSessionOutcome } from '../../src/core/store/outcome-counts';
import { openRecordStore } from '../../src/core/store/record-store';
import { SAMPLE_ID_NUMBER, sampleDraft } from '../unit/records/sample-record';
import { enterPin, screen } from './support/flow-steps';
import { chromiumInstalled, openKiosk } from './support/kiosk-browser';
import { TEST_STAFF } from '../support/test-staff';
import type { KioskStage } from './support/kiosk-stage';
import { useKioskBrowser } from './support/use-kiosk-browser';

/** A second connection to the kiosk's store, as another process on the device would open it. */
function openStageStore(stage: KioskStage) {
  const vault = openFileVault(stage.storeFiles.vaultDir);
  return openRecordStore({
    file: stage.storeFiles.dbPath,
    vault,
    deviceKey: loadOrCreateDeviceKey(vault),
  });
}

describe.skipIf(!chromiumInstalled)(
  'record lifecycle on the console (needs Chromium: apt-get install chromium)',
  () => {
    const suite = useKioskBrowser('test-pattern');

    it('shows the day figures and chart, lists a refused record masked, and sends it again', async () => {
      const stage = await suite.start({ holder: 'worker' });
      const store = openStageStore(stage);
      const now = Date.now();
      const { recordId } = store.appendRecord(sampleDraft(now, 200));
      // Synchronous with the kiosk's uploader (same process): it never sees the record pending.
      store.outbox.claimDue(now + 1, 10);
      store.outbox.markQuarantined(recordId, now + 1, '422 point code unknown to the platform');
      countSessionOutcome(store.db, localDay(now), 'pass', 'matched');
      countSessionOutcome(store.db, localDay(now), 'fail', 'spoof-suspected');
      store.close();

      const { page } = await openKiosk(suite.browser, stage.host.url);
      await screen(page, 'attract');
      await page.click('[data-action=staff]');
      await screen(page, 'pin');
      await enterPin(page, TEST_STAFF.operator);
      await screen(page, 'dashboard');

      const figures = page.locator('[data-panel=daily-figures]');
      await figures.waitFor();
      expect(await figures.locator('[data-category=spoof]').first().textContent()).toBe('1');
      expect(await figures.locator('svg.daily-chart g').count()).toBe(30);

      const row = page.locator(`[data-panel=quarantine] [data-record="${recordId}"]`);
      await row.waitFor();
      const text = (await row.textContent()) ?? '';
      expect(text).toContain('1101**********001X');
      expect(text).toContain('422 point code unknown to the platform');
      expect(await page.content()).not.toContain(SAMPLE_ID_NUMBER);

      await row.locator('[data-action=retry]').click();
      await row.waitFor({ state: 'detached' });
      const check = openStageStore(stage);
      try {
        expect(
          check.auditTrail(recordId).map((entry) => [entry.actor, entry.action]),
        ).toContainEqual([TEST_STAFF.operator.account, 'record-requeued']);
      } finally {
        check.close();
      }
    });
  },
);
