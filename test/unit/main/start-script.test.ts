import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../../scripts/start-electron';

const ROOT = resolve(import.meta.dirname, '../../..');

describe.skipIf(findElectronBinary() !== null)(
  'npm start without an Electron binary (skipped: Electron is installed here)',
  () => {
    it('says how to get Electron, points to the demo and the browser host, and exits 3 without a stack trace', async () => {
      const run = await new Promise<{ code: number; stderr: string }>((done) =>
        execFile(
          process.execPath,
          ['--import', 'tsx', 'scripts/start-electron.ts'],
          { cwd: ROOT },
          (error, _stdout, stderr) => done({ code: error ? Number(error.code) : 0, stderr }),
        ),
      );
      expect(run.code).toBe(3);
      expect(run.stderr).toContain('npm install electron');
      expect(run.stderr).toContain('npm run demo');
      expect(run.stderr).toContain('browser host');
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });
  },
);
