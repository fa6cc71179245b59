import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startEmulatedReader,
  type EmulatedReaderProcess,
} from '../../../src/core/idcard/transport/emulated-reader-process';
import { startSocatPty, type PtyPair } from '../../support/socat-pty';

const CLI = resolve(import.meta.dirname, '../../../src/cli/main.ts');

function kiosk(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', CLI, ...args], (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('read-card and list-readers against an emulate-reader child on a socat pty', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-cli-'));
  let pty: PtyPair;
  let emulator: EmulatedReaderProcess;
  beforeAll(async () => {
    pty = await startSocatPty({ hostLink: join(dir, 'reader'), deviceLink: join(dir, 'sam') });
    emulator = await startEmulatedReader(pty.devicePath);
  });
  afterAll(async () => {
    await emulator?.stop();
    await pty?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(['resident', 'residence-permit', 'foreign-permanent-2017', 'foreign-permanent-2023'])(
    'read-card --json prints the %s card and writes its 102x126 photo as PNG (exit 0)',
    async (profile) => {
      await emulator.control(`place ${profile}`);
      const photo = join(dir, `${profile}.png`);
      const result = await kiosk(
        'read-card',
        '--port',
        pty.hostPath,
        '--json',
        '--photo-out',
        photo,
        '--allow-simulation',
        '--address',
      );
      expect(result.code).toBe(0);
      const printed = JSON.parse(result.stdout) as {
        card: { type: string };
        findings: unknown[];
        photoBytes: number;
      };
      expect(printed.card.type).toBe(profile);
      expect(printed.photoBytes).toBe(1024);
      expect(await sharp(photo).metadata()).toMatchObject({
        format: 'png',
        width: 102,
        height: 126,
      });
    },
  );

  it('refuses the simulation photo without --allow-simulation (exit 5) but still prints the card', async () => {
    await emulator.control('place resident');
    const result = await kiosk(
      'read-card',
      '--port',
      pty.hostPath,
      '--photo-out',
      join(dir, 'refused.png'),
    );
    expect(result.code).toBe(5);
    expect(result.stdout).toContain('Card: resident');
    expect(result.stderr).toMatch(/simulation/i);
  });

  it('gives up with exit 4 when no card comes within --timeout-ms', async () => {
    await emulator.control('remove');
    const result = await kiosk('read-card', '--port', pty.hostPath, '--timeout-ms', '1500');
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('No card was read within 2 s');
  });

  it('exits 3 with the not-found text when the port does not exist', async () => {
    const result = await kiosk('read-card', '--port', join(dir, 'missing'));
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('was not found');
  });

  it('list-readers --port finds the SAM and prints its ID (exit 0)', async () => {
    const result = await kiosk(
      'list-readers',
      '--json',
      '--port',
      pty.hostPath,
      '--baud',
      '115200',
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      expect.objectContaining({ status: 'found', samId: '05.01-20170808-0001234567-0305419896' }),
    ]);
  });
});
