// The staff side in Chromium against the real kiosk: operator login, console figures, lock and
// unlock, PIN lockout; the technician's wizard writing a fresh local configuration; and a card
// pulled away during the face step (the fake camera's test pattern shows no face, so it waits); a
// card placed while the store would refuse its record.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { enterPin, leaveField, screen, startToCard, startToFace } from './support/flow-steps';
import { queueOf } from '../support/kiosk-queue';
import { chromiumInstalled, openKiosk, screenshot } from './support/kiosk-browser';
import { TEST_STAFF } from '../support/test-staff';
import { useKioskBrowser } from './support/use-kiosk-browser';

async function openConsole(page: Page, login: { account: string; pin: string }): Promise<void> {
  await page.click('[data-action=staff]');
  await screen(page, 'pin');
  await enterPin(page, login);
}

describe.skipIf(!chromiumInstalled)(
  'staff screens against the real kiosk (needs Chromium: apt-get install chromium)',
  () => {
    const suite = useKioskBrowser('test-pattern');

    it('logs the operator in, shows health, queue and figures, locks and unlocks, then locks out wrong PINs', async () => {
      const stage = await suite.start({ holder: 'worker' });
      const { page } = await openKiosk(suite.browser, stage.host.url);
      await screen(page, 'attract');
      await openConsole(page, TEST_STAFF.operator);
      await screen(page, 'dashboard');
      await page.locator('[data-row=reader][data-ok=true]').waitFor();
      expect(await page.locator('[data-row]').count()).toBe(7);
      await page.locator('[data-row=settings][data-ok=true]').waitFor();
      expect(await page.textContent('[data-figure=pending]')).toBe('0');
      expect(await page.textContent('[data-figure=captures]')).toBe('0');
      expect(await page.locator('[data-action=setup]').count()).toBe(0);
      await screenshot(page, 'console-dashboard');

      await page.click('[data-action=lock]');
      await page.locator('[data-action=unlock]').waitFor();
      await page.click('[data-action=logout]');
      await screen(page, 'locked');
      await openConsole(page, TEST_STAFF.operator);
      await page.click('[data-action=unlock]');
      await page.locator('[data-action=lock]').waitFor();
      await page.click('[data-action=logout]');
      await screen(page, 'attract');

      await page.click('[data-action=staff]');
      await enterPin(page, { account: TEST_STAFF.operator.account, pin: '000000' });
      await page.locator('[data-code="operator.wrong-pin"]').waitFor();
      await enterPin(page, { account: TEST_STAFF.operator.account, pin: '111111' });
      await enterPin(page, { account: TEST_STAFF.operator.account, pin: '222222' });
      await page.locator('[data-code="operator.locked-out"]').waitFor();
      await enterPin(page, TEST_STAFF.operator);
      await page.locator('[data-code="operator.locked-out"]').waitFor();
      await screenshot(page, 'console-lockout');
      expect(await page.locator('[data-screen=dashboard]').count()).toBe(0);
    }, 60_000);

    it('walks the technician through the first-run wizard and saves what was chosen', async () => {
      const stage = await suite.start({ holder: 'worker' });
      expect(existsSync(stage.localConfigPath)).toBe(false);
      const { page } = await openKiosk(suite.browser, stage.host.url);
      await screen(page, 'attract');
      await openConsole(page, TEST_STAFF.technician);
      await page.click('[data-action=setup]');
      await screen(page, 'setup');

      await page.fill('input[name=deviceId]', 'KIOSK-0042');
      await page.fill('input[name=pointCode]', '440300A1');
      await leaveField(page);
      await page.click('[data-step=identity] button[type=submit]');
      await page.locator('[data-outcome=done]').waitFor();
      await page.click('[data-action=next]');
      await page.fill('input[name=endpoint]', 'http://127.0.0.1:9/v1/records');
      await leaveField(page);
      await page.click('[data-step=endpoint] button[type=submit]');
      // The uploader was built at start: the wizard says the endpoint waits for a restart.
      const saved = page.locator('[data-step=endpoint] [data-outcome=done][data-restart=needed]');
      await saved.waitFor();
      expect(await saved.textContent()).toContain('重启后生效');
      // The platform and next-steps steps have their own suite (setup-platform.test.ts).
      await page.click('[data-action=next]');
      await page.click('[data-action=next]');
      await page.click('[data-action=next]');
      await page.click('[data-action=generate-key]');
      // The composition root makes the device key at first boot; the wizard shows that key (never a
      // replacement) with its fingerprint and a QR code of the public key for registration.
      const fingerprint = page.locator('[data-step=key] [data-field=fingerprint]');
      await fingerprint.waitFor();
      expect(await fingerprint.textContent()).toMatch(/^ed25519:[A-Za-z0-9_-]{43}$/);
      await page.locator('[data-step=key] svg.qr rect').nth(20).waitFor({ state: 'attached' });
      await screenshot(page, 'setup-key');
      await page.click('[data-action=next]');
      await page.click('[data-action=detect-readers]');
      await page.locator('[data-step=reader] [data-outcome]').waitFor();
      await page.click('[data-action=next]');
      await page.locator('[data-step=camera] .preview[data-showing=true]').waitFor();
      await page.locator('select[name=camera] option').first().waitFor({ state: 'attached' });
      const cameraId = await page.locator('select[name=camera]').inputValue();
      await page.click('[data-action=save-camera]');
      await page.locator('[data-step=camera] [data-outcome=done]').waitFor();
      // The camera is read again when the console closes: no restart.
      expect(await page.locator('[data-step=camera] [data-restart]').count()).toBe(0);
      await page.click('[data-action=next]');
      await page.click('[data-point=far-1e-4]');
      await page.locator('[data-step=operating-point] [data-outcome=done]').waitFor();
      await page.click('[data-action=next]');
      await page.fill('input[name=operatorName]', 'op-zhao');
      await page.fill('input[name=operatorPin]', '123456');
      await leaveField(page);
      await page.click('[data-step=operators] button[type=submit]');
      await page.locator('[data-step=operators] [data-code="staff.pin-refused"]').waitFor();
      await page.fill('input[name=operatorPin]', '582046');
      await leaveField(page);
      await page.click('[data-step=operators] button[type=submit]');
      await page.locator('[data-step=operators] [data-outcome=done]').waitFor();
      await page.click('[data-action=next]');
      await page.click('[data-action=self-test]');
      await page.locator('[data-field=self-test] tr').first().waitFor();
      await screenshot(page, 'setup-self-test');

      const local = JSON.parse(await readFile(stage.localConfigPath, 'utf8')) as Record<
        string,
        Record<string, unknown>
      >;
      expect(local.device).toMatchObject({ id: 'KIOSK-0042', pointCode: '440300A1' });
      expect(local.upload).toMatchObject({ endpoint: 'http://127.0.0.1:9/v1/records' });
      expect(local.camera).toMatchObject({ deviceId: cameraId });
      expect(local.face).toMatchObject({ operatingPoint: 'far-1e-4' });
      // The console's settings line lists what waits for the restart, the camera not among them.
      // (The stage starts from a configuration of its own, not from the files: after the first save
      // the rest of what the files resolve to waits for a restart too, e.g. storage.dbPath.)
      const status = await stage.kiosk.api['status.get']({});
      const waiting = status.ok ? status.value.waitingForRestart : [];
      expect(waiting).toEqual(
        expect.arrayContaining(['device.id', 'upload.endpoint', 'face.operatingPoint']),
      );
      expect(waiting.filter((setting) => setting.startsWith('camera.'))).toEqual([]);
      // The operator added in the wizard can log in.
      expect(
        (await stage.kiosk.api['operator.login']({ account: 'op-zhao', pin: '582046' })).ok,
      ).toBe(true);
    }, 60_000);

    it('returns to the attract screen when the card is pulled away during the face step, storing nothing', async () => {
      const stage = await suite.start({ holder: 'worker' });
      const { page } = await openKiosk(suite.browser, stage.host.url);
      await startToFace(page, stage);
      await screen(page, 'face');
      await page.locator('.preview[data-showing=true]').waitFor();
      await screenshot(page, 'flow-face-no-face-yet');
      await stage.remove();
      await screen(page, 'attract');
      expect(await page.locator('[data-screen=attract] .notice').first().textContent()).toContain(
        '身份证已拿走',
      );
      expect(await page.content()).not.toContain(stage.name);
      expect(await queueOf(stage)).toMatchObject({ pending: 0, sending: 0, acked: 0 });
      expect(stage.collectorRecords()).toBe(0);
    }, 60_000);

    it('tells the worker in plain words when the configured camera cannot be opened', async () => {
      const stage = await suite.start({ holder: 'worker', cameraDeviceId: 'unplugged-camera' });
      const { page } = await openKiosk(suite.browser, stage.host.url);
      await startToCard(page);
      await stage.place();
      await screen(page, 'camera-error');
      expect(await page.locator('[data-screen=camera-error] h1').textContent()).toContain(
        '摄像头无法使用',
      );
      await screenshot(page, 'camera-error');
    }, 60_000);

    it('starts no capture for a card while the store would refuse its record, and the console names the limit', async () => {
      // A free-disk floor above any disk: the store refuses every record from the start.
      const never = Number.MAX_SAFE_INTEGER;
      const stage = await suite.start({
        holder: 'worker',
        freeDisk: { minFreeBytes: never, warnFreeBytes: never },
      });
      const { page } = await openKiosk(suite.browser, stage.host.url);
      await screen(page, 'store-error');
      expect(await page.locator('[data-screen=store-error] h1').textContent()).toContain(
        '请告诉工作人员',
      );
      await stage.place();
      await expect
        .poll(() => stage.logs.filter((line) => line.event === 'capture.store-refusing').length)
        .toBeGreaterThan(0);
      expect(await page.locator('[data-screen=store-error]').count()).toBe(1);
      expect(await page.locator('[data-screen=consent]').count()).toBe(0);
      await openConsole(page, TEST_STAFF.operator);
      await screen(page, 'dashboard');
      const row = page.locator('[data-row=disk][data-ok=false] [data-field=state]');
      await row.waitFor();
      expect(await row.textContent()).toContain('已暂停');
    }, 60_000);
  },
);
