// `kiosk provision --add-account` as a technician runs it on a fresh install: the real CLI in a
// child process, the PIN piped on stdin (never in argv), the account and its log entry in the real store.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffLogEntries } from '../../../src/core/staff/staff-log';
import { verifyPin } from '../../../src/core/staff/pin-hash';
import { runKioskWithInput } from './kiosk-cli';

describe('kiosk provision --add-account', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'add-account-'));
    writeFileSync(
      join(dir, 'kiosk.json'),
      JSON.stringify({ version: 1, storage: { dbPath: join(dir, 'var/kiosk.db') } }),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const add = (stdin: string, ...args: string[]) =>
    runKioskWithInput(dir, stdin, 'provision', '--config', 'kiosk.json', ...args);

  it('creates the first technician from a PIN on stdin, and logs it as done at the terminal', async () => {
    const run = await add('135792\n', '--add-account', 'tech-wang', '--role', 'technician');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Created the account "tech-wang" (role: technician).');
    const db = new Database(join(dir, 'var/kiosk.db'), { readonly: true });
    const row = db
      .prepare<[], { name: string; role: string; pin_hash: string }>('SELECT * FROM staff_accounts')
      .get();
    expect(row).toMatchObject({ name: 'tech-wang', role: 'technician' });
    expect(row?.pin_hash).not.toContain('135792');
    expect(await verifyPin('135792', row?.pin_hash ?? '')).toBe(true);
    expect([...staffLogEntries(db)].map((e) => [e.account, e.action, e.detail])).toEqual([
      ['terminal', 'account-created', { name: 'tech-wang', role: 'technician' }],
    ]);
    db.close();
  });

  it.each([
    [
      'a trivial PIN',
      '123456\n',
      ['--add-account', 'op-li', '--role', 'operator'],
      2,
      'too easy to guess',
    ],
    [
      'a short PIN',
      '2468\n',
      ['--add-account', 'op-li', '--role', 'operator'],
      2,
      'at least 6 digits',
    ],
    ['no PIN at all', '', ['--add-account', 'op-li', '--role', 'operator'], 2, 'No PIN was read'],
    [
      'a taken name',
      '582046\n',
      ['--add-account', 'TECH-WANG', '--role', 'operator'],
      2,
      'already exists',
    ],
    [
      'an unknown role',
      '582046\n',
      ['--add-account', 'op-li', '--role', 'admin'],
      2,
      '--role technician or --role operator',
    ],
    [
      'a PIN in argv',
      '',
      ['--add-account', 'op-li', '--role', 'operator', '--pin', '582046'],
      2,
      "Unknown option '--pin'",
    ],
  ])('refuses %s with its exit code, creating nothing', async (_what, stdin, args, code, says) => {
    const run = await add(stdin, ...args);
    expect(run.code).toBe(code);
    expect(run.stderr).toContain(says);
    const db = new Database(join(dir, 'var/kiosk.db'), { readonly: true });
    expect(db.prepare('SELECT COUNT(*) AS n FROM staff_accounts').get()).toEqual({ n: 1 });
    db.close();
  });
});
