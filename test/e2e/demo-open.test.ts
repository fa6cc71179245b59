// `kiosk demo --open` as a newcomer runs it: the printed address shows the capture in Chromium,
// from the card to the decision, and the screens stay up until Ctrl-C.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen } from './support/flow-steps';
import { chromiumInstalled, launchKioskBrowser, openKiosk } from './support/kiosk-browser';

const ROOT = resolve(import.meta.dirname, '../..');

describe.skipIf(!chromiumInstalled)(
  'kiosk demo --open (needs Chromium: apt-get install chromium)',
  () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchKioskBrowser(null);
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('serves the worker screens on 127.0.0.1, starts when the page connects and shows the pass', async () => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', resolve(ROOT, 'src/cli/main.ts'), 'demo', '--open'],
        { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
      );
      const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
      try {
        const lines = createInterface({ input: child.stdout });
        const seen: string[] = [];
        const lineMatching = (pattern: RegExp) =>
          new Promise<string>((found) =>
            lines.on('line', (line) => {
              seen.push(line);
              if (pattern.test(line)) found(line);
            }),
          );
        const address = await lineMatching(/open http:\/\/127\.0\.0\.1:\d+\/#token=/);
        const url = /(http:\/\/127\.0\.0\.1:\S+)/.exec(address)?.[1] ?? '';
        // Nothing happens before a page watches.
        expect(seen.some((line) => line.includes('card-placed'))).toBe(false);
        const stayUp = lineMatching(/stay up until Ctrl-C/);
        const { page } = await openKiosk(browser, url);
        await screen(page, 'pass', 60_000);
        await stayUp;
        expect(seen.some((line) => line.includes('DECISION: PASS'))).toBe(true);
        await page.context().close();
      } finally {
        child.kill('SIGINT');
      }
      expect(await exited).toBe(130);
    }, 120_000);
  },
);
