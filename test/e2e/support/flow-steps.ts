// Steps the e2e suites share: waiting for a screen and walking a worker
// from the attract screen to the camera; and the check that logs carry no personal data.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { KioskStage } from './kiosk-stage';

/** Waits until the page shows the worker or staff screen `name`. */
export function screen(page: Page, name: string, timeoutMs = 30_000): Promise<void> {
  return page.locator(`[data-screen="${name}"]`).waitFor({ timeout: timeoutMs });
}

/** Touches start and agrees; resolves once the screen asks for the card. */
export async function startToCard(page: Page): Promise<void> {
  await screen(page, 'attract');
  await page.click('[data-screen=attract]');
  await screen(page, 'consent');
  await page.click('[data-action=agree]');
  await screen(page, 'card');
}

/** Touches start, agrees, places the card; resolves once the card is confirmed on screen. */
export async function startToFace(page: Page, stage: KioskStage): Promise<void> {
  await startToCard(page);
  await stage.place();
  await screen(page, 'confirmed');
}

/** Logs in on the PIN pad: the account name typed, the PIN on the keys. */
export async function enterPin(page: Page, login: { account: string; pin: string }): Promise<void> {
  await page.fill('input[name=account]', login.account);
  // Scoped to the pad: the on-screen keyboard, open while the name field has focus, has digit keys too.
  for (const digit of login.pin) await page.click(`.pin .keys [data-key="${digit}"]`);
  await page.click('.pin .keys [data-key=enter]');
}

/** Takes the focus off the typed field first: the on-screen keyboard closing moves the button under the pointer. */
export async function leaveField(page: Page): Promise<void> {
  await page.evaluate('document.activeElement?.blur()');
}

/** Fails when the kiosk's or the host's log lines name the card holder, her ID number or a photo. */
export function expectNoPersonalData(stage: KioskStage): void {
  const logs = JSON.stringify(stage.logs);
  expect(logs).not.toContain(stage.name);
  expect(logs).not.toContain(stage.idNumber);
  expect(logs).not.toContain(stage.idNumber.slice(-8));
  expect(logs).not.toMatch(/data:image|base64,/);
}
