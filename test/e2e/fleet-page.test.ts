// The fleet page in Debian's Chromium against the real fleet service on PostgreSQL: kiosks with
// state, queue, alarms and version, filtered by county and point, behind a staff login.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../src/core/manual-clock';
import type { DeviceKey } from '../../src/core/device/device-key';
import type { Heartbeat } from '../../src/shared/fleet/heartbeat-schema';
import {
  newDeviceKey,
  postHeartbeat,
  startFleetFixture,
  type FleetFixture,
} from '../support/fleet-fixture';
import { chromiumInstalled, launchKioskBrowser, screenshot } from './support/kiosk-browser';

const T0 = Date.parse('2026-12-06T02:00:00Z');
const clock = createManualClock(T0);
let fx: FleetFixture;
let browser: Browser;

const KIOSKS = [
  {
    id: 'XH-0101',
    county: 'C330106',
    point: 'P330106A',
    reader: 'connected',
    depth: 0,
    alarm: null,
  },
  {
    id: 'XH-0102',
    county: 'C330106',
    point: 'P330106A',
    reader: 'disconnected',
    depth: 3,
    alarm: 'reader.unplugged',
  },
  {
    id: 'XH-0201',
    county: 'C330106',
    point: 'P330106B',
    reader: 'connected',
    depth: 41,
    alarm: 'upload.clock-skew',
  },
  {
    id: 'YH-0101',
    county: 'C330110',
    point: 'P330110A',
    reader: 'connected',
    depth: 1,
    alarm: null,
  },
  {
    id: 'YH-0102',
    county: 'C330110',
    point: 'P330110A',
    reader: 'connected',
    depth: 0,
    alarm: null,
  },
  {
    id: 'YH-0103',
    county: 'C330110',
    point: 'P330110A',
    reader: 'connected',
    depth: 0,
    alarm: null,
  },
] as const;

function beat(k: (typeof KIOSKS)[number], oldestS: number | null): Heartbeat {
  return {
    deviceId: k.id,
    sentAtMs: clock.now(),
    appVersion: k.id.startsWith('YH-0103') ? '0.2.0' : '0.1.0',
    uptimeS: 3600,
    reader: k.reader,
    camera: 'configured',
    queue: { depth: k.depth, oldestUnackedAgeS: oldestS, quarantined: 0 },
    today: { day: '2026-12-06', sessions: 12, passes: 11, failures: 1 },
    diskFreeBytes: 8e9,
    clockSkewMs: 200,
    lastAlarm: k.alarm
      ? {
          code: k.alarm,
          severity: k.alarm.startsWith('reader') ? 'critical' : 'warning',
          atMs: clock.now(),
        }
      : null,
    config: { appliedVersion: null, refused: null },
  };
}

async function send(key: DeviceKey, body: Heartbeat): Promise<void> {
  expect((await postHeartbeat(fx.fleet.url, key, body, clock.now())).status).toBe(200);
}

async function openFleet(query: string, lang?: 'en'): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    httpCredentials: { username: 'wang.view', password: 'battery staple' },
  });
  const page = await context.newPage();
  await page.goto(`${fx.fleet.url}/fleet?${query}${lang ? `&lang=${lang}` : ''}`);
  return page;
}

const states = (page: Page) =>
  page.$$eval('tbody tr', (rows) =>
    rows.map((r) => [r.getAttribute('data-device'), r.getAttribute('data-state')]),
  );

describe.skipIf(!chromiumInstalled)('fleet page in Chromium', () => {
  beforeAll(async () => {
    fx = await startFleetFixture(clock);
    const keys = new Map<string, DeviceKey>();
    for (const k of KIOSKS) {
      const key = newDeviceKey();
      keys.set(k.id, key);
      await fx.register(k.id, key, k.point, k.county);
    }
    // YH-0102 beats once and then falls silent; the others keep beating four minutes later.
    await send(keys.get('YH-0102')!, beat(KIOSKS[4], null));
    clock.advance(240_000);
    for (const k of KIOSKS)
      if (k.id !== 'YH-0102' && k.id !== 'YH-0103')
        await send(keys.get(k.id)!, beat(k, k.depth > 10 ? 7200 : 20));
    browser = await launchKioskBrowser(null);
  });
  afterAll(async () => {
    await browser?.close();
    await fx?.close();
  });

  it('lists every kiosk with its state: fine, attention, stale after missed beats, never seen', async () => {
    const page = await openFleet('');
    expect(await states(page)).toEqual([
      ['XH-0101', 'ok'],
      ['XH-0102', 'attention'],
      ['XH-0201', 'attention'],
      ['YH-0101', 'ok'],
      ['YH-0102', 'stale'],
      ['YH-0103', 'never'],
    ]);
    expect(await page.textContent('#summary')).toBe(
      '共 6 台：正常 2，需处理 2，失联 1，从未上线 1',
    );
    expect(await page.textContent('tr[data-device="XH-0102"]')).toContain('未连接');
    await screenshot(page, 'fleet-zh-CN');
  });

  it('filters by county and by point with the menus', async () => {
    const page = await openFleet('', 'en');
    await page.selectOption('select[name=county]', 'C330106');
    await Promise.all([page.waitForURL(/county=C330106/), page.click('button[type=submit]')]);
    expect((await states(page)).map(([id]) => id)).toEqual(['XH-0101', 'XH-0102', 'XH-0201']);
    await page.selectOption('select[name=point]', 'P330106B');
    await Promise.all([page.waitForURL(/point=P330106B/), page.click('button[type=submit]')]);
    expect((await states(page)).map(([id]) => id)).toEqual(['XH-0201']);
    expect(await page.textContent('tr[data-device="XH-0201"]')).toContain('120 min ago');
    const all = await openFleet('county=C330106', 'en');
    expect(await all.textContent('#summary')).toBe(
      '3 kiosks: 1 fine, 2 need attention, 0 stale, 0 never seen',
    );
    await screenshot(all, 'fleet-en');
  });

  it('asks for a staff login', async () => {
    const context = await browser.newContext();
    const response = await context.request.get(`${fx.fleet.url}/fleet`);
    expect(response.status()).toBe(401);
    expect(response.headers()['www-authenticate']).toMatch(/^Basic realm="fleet"/);
    await expect(
      context.newPage().then((page) => page.goto(`${fx.fleet.url}/fleet`)),
    ).rejects.toThrow(/AUTH/);
    await context.close();
  });
});
