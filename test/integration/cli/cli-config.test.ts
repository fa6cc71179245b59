// The `kiosk` commands read the configuration as the kiosk does: a store named by the site policy is
// the one an account goes into, and an export with --db still keeps the configured PIN lockout.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffLogEntries } from '../../../src/core/staff/staff-log';
import { runKioskWithInput } from './kiosk-cli';

const PIN = '482915';
const LOCKOUT_MS = 60_000;

describe('kiosk commands and the site policy', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cli-config-'));
    writeFileSync(
      join(dir, 'site-policy.json'),
      JSON.stringify({
        version: 1,
        storage: { dbPath: 'site/kiosk.db' },
        operator: { maxPinAttempts: 1, pinLockoutMs: LOCKOUT_MS },
      }),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const entries = () => {
    const db = new Database(join(dir, 'site/kiosk.db'), { readonly: true, fileMustExist: true });
    try {
      return [...staffLogEntries(db)];
    } finally {
      db.close();
    }
  };

  it('creates an account in the store the site policy names', async () => {
    const run = await runKioskWithInput(
      dir,
      `${PIN}\n`,
      'provision',
      '--site-policy',
      'site-policy.json',
      '--add-account',
      'tech-wang',
      '--role',
      'technician',
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(entries().map((entry) => entry.action)).toEqual(['account-created']);
  });

  it('locks an account out after the configured attempts when the export is given --db', async () => {
    const run = await runKioskWithInput(
      dir,
      '999999\n',
      'export',
      '--full',
      '--site-policy',
      'site-policy.json',
      '--db',
      join(dir, 'site/kiosk.db'),
      '--vault',
      join(dir, 'vault'),
      '--account',
      'tech-wang',
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lockout = entries().find(
      (entry) => entry.action === 'lockout' && entry.detail['scope'] === 'account',
    );
    expect(lockout).toBeDefined();
    expect(Number(lockout?.detail['untilMs']) - (lockout?.atMs ?? 0)).toBe(LOCKOUT_MS);
  });
});
