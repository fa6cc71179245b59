import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleShell } from '../../../scripts/dist';

/** The Electron binary, when the optional dependency managed to download it. */
function electronBinary(): string | null {
  try {
    const binary = createRequire(import.meta.url)('electron') as unknown;
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();

describe.skipIf(!binary)(
  'Electron smoke test (skipped: no Electron binary here; run "npm install electron" on a machine with internet to enable it)',
  () => {
    it('starts the real app, which takes the single-instance lock and stays up until told to quit', async () => {
      const out = mkdtempSync(join(tmpdir(), 'kiosk-smoke-'));
      const [main] = await bundleShell(out);
      const child = spawn(binary!, [main!], {
        env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
      const early = await Promise.race([
        exit,
        new Promise((resolve) => setTimeout(() => resolve('running'), 8_000)),
      ]);
      child.kill();
      await exit;
      rmSync(out, { recursive: true, force: true });
      expect(early, output).toBe('running');
      expect(output).not.toContain('main.boot.failed');
    }, 60_000);
  },
);
