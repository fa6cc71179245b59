// The technician sets the platform and the worker's next steps in the wizard, in Chromium against
// the real kiosk: credentials land in the key vault (never in the file, never shown back), the next
// steps in the local configuration, and the next worker's pass screen shows them.
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { openFileVault } from '../../src/core/device/key-vault-file';
import { WORKER_TEXT } from '../../src/shared/i18n/catalog-screens';
import { SLIP_TEXT } from '../../src/shared/i18n/catalog-slip';
import { enterPin, leaveField, screen, startToFace } from './support/flow-steps';
import { chromiumInstalled, openKiosk, screenshot } from './support/kiosk-browser';
import { TEST_STAFF } from '../support/test-staff';
import { useKioskBrowser } from './support/use-kiosk-browser';

const CREDENTIALS = { api_key: 'jx-kiosk-0042', api_secret: 'Sx9-e2e-secret', des_key: 'k3y-e2e!' };
const NEXT_STEPS = {
  personalServiceUrl: 'https://jzgr.example.gov.cn/person',
  personalServiceQrText: 'https://jzgr.example.gov.cn/person?from=kiosk',
  miniProgramQrText: 'https://mp.example.gov.cn/jzgr?kiosk=0042',
  ruleZh: '用身份证号登录，初始密码为身份证号后6位',
  ruleEn: 'Log in with your ID number; the first password is its last 6 digits',
};

/** The number of dark cells of `text`'s QR code, as the screen's QrCode draws it. */
function darkCells(text: string): number {
  return encode(text, { border: 2 }).data.flat().filter(Boolean).length;
}

async function qrCells(page: Page, label: string): Promise<number> {
  return page.locator(`[data-screen=pass] svg.qr[aria-label="${label}"] g rect`).count();
}

describe.skipIf(!chromiumInstalled)(
  'platform and next steps in the setup wizard (needs Chromium: apt-get install chromium)',
  () => {
    const suite = useKioskBrowser('demo-clip');

    it('saves the platform credentials to the vault and the next steps the pass screen then shows', async () => {
      const stage = await suite.start({ holder: 'worker' });
      const { page } = await openKiosk(suite.browser, stage.host.url);
      await screen(page, 'attract');
      await page.click('[data-action=staff]');
      await enterPin(page, TEST_STAFF.technician);
      await page.click('[data-action=setup]');
      await page.click('[data-action=next]');
      await page.click('[data-action=next]');
      await page.locator('[data-step=platform]').waitFor();

      await page.selectOption('select[name=platform]', 'national-standard');
      await page.fill('input[name=apiKey]', CREDENTIALS.api_key);
      await page.fill('input[name=apiSecret]', CREDENTIALS.api_secret);
      await page.fill('input[name=desKey]', 'short');
      // A DES key under 8 characters is refused before it is sent.
      expect(await page.isDisabled('[data-step=platform] button[type=submit]')).toBe(true);
      await page.fill('input[name=desKey]', CREDENTIALS.des_key);
      await leaveField(page);
      await page.click('[data-step=platform] button[type=submit]');
      await page.locator('[data-step=platform] [data-outcome=done]').waitFor();
      expect(await page.inputValue('input[name=apiSecret]')).toBe('');
      expect(await page.content()).not.toContain(CREDENTIALS.api_secret);
      const stored = openFileVault(stage.storeFiles.vaultDir).loadSecret('platform-credentials');
      expect(JSON.parse(stored?.toString('utf8') ?? 'null')).toEqual(CREDENTIALS);
      const afterPlatform = await readFile(stage.localConfigPath, 'utf8');
      expect(afterPlatform).not.toContain(CREDENTIALS.api_secret);
      expect(JSON.parse(afterPlatform)).toMatchObject({
        upload: { platform: 'national-standard' },
      });

      await page.click('[data-action=next]');
      await page.locator('[data-step=next-steps]').waitFor();
      await page.fill('input[name=personalServiceUrl]', 'not an address');
      expect(await page.isDisabled('[data-step=next-steps] button[type=submit]')).toBe(true);
      await page.fill('input[name=personalServiceUrl]', NEXT_STEPS.personalServiceUrl);
      await page.fill('input[name=personalServiceQrText]', NEXT_STEPS.personalServiceQrText);
      await page.fill('input[name=miniProgramQrText]', NEXT_STEPS.miniProgramQrText);
      await page.fill('input[name=ruleZh]', NEXT_STEPS.ruleZh);
      await page.fill('input[name=ruleEn]', NEXT_STEPS.ruleEn);
      await page.check('input[name=slipHidesRule]');
      await screenshot(page, 'setup-next-steps');
      await leaveField(page);
      await page.click('[data-step=next-steps] button[type=submit]');
      await page.locator('[data-step=next-steps] [data-outcome=done]').waitFor();
      const local = JSON.parse(await readFile(stage.localConfigPath, 'utf8')) as {
        ui: Record<string, unknown>;
      };
      expect(local.ui).toEqual({
        personalServiceUrl: NEXT_STEPS.personalServiceUrl,
        personalServiceQrText: NEXT_STEPS.personalServiceQrText,
        miniProgramQrText: NEXT_STEPS.miniProgramQrText,
        initialPasswordRule: { 'zh-CN': NEXT_STEPS.ruleZh, en: NEXT_STEPS.ruleEn },
        slipShowsPasswordRule: false,
      });

      while ((await page.locator('[data-screen=dashboard]').count()) === 0)
        await page.click('[data-action=back]');
      await page.click('[data-action=logout]');
      await startToFace(page, stage);
      await screen(page, 'pass');
      const pass = page.locator('[data-screen=pass]');
      expect(await pass.textContent()).toContain(NEXT_STEPS.personalServiceUrl);
      expect(await pass.textContent()).toContain(NEXT_STEPS.ruleZh);
      expect(await pass.locator('[data-next=employer]').textContent()).toBe(
        WORKER_TEXT.passEmployer['zh-CN'],
      );
      expect(await qrCells(page, NEXT_STEPS.personalServiceUrl)).toBe(
        darkCells(NEXT_STEPS.personalServiceQrText),
      );
      expect(await qrCells(page, WORKER_TEXT.passMiniProgram['zh-CN'])).toBe(
        darkCells(NEXT_STEPS.miniProgramQrText),
      );
      await screenshot(page, 'pass-next-steps');
      await page.click('[data-action=language]');
      expect(await pass.textContent()).toContain(NEXT_STEPS.ruleEn);
      expect(await pass.locator('[data-next=employer]').textContent()).toBe(
        WORKER_TEXT.passEmployer.en,
      );
    }, 90_000);

    it('shows the slip as a QR code on the pass screen when the printer is absent', async () => {
      const stage = await suite.start({
        holder: 'worker',
        printer: {
          kind: 'escpos-serial',
          path: join(tmpdir(), `unplugged-printer-${process.pid}`),
          baudRate: 9600,
          widthDots: 384,
        },
      });
      const { page } = await openKiosk(suite.browser, stage.host.url);
      await startToFace(page, stage);
      await screen(page, 'pass');
      const slip = page.locator('[data-screen=pass] [data-slip=unprinted]');
      await slip.waitFor();
      expect(await slip.textContent()).toBe(SLIP_TEXT.scanInstead['zh-CN']);
      expect(await slip.locator('g rect').count()).toBeGreaterThan(100);
      expect(JSON.stringify(stage.logs)).toContain('"outcome":"absent"');
      await screenshot(page, 'pass-slip-unprinted');
    }, 90_000);
  },
);
