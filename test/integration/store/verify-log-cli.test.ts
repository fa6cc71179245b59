import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyLogCommand } from '../../../src/cli/commands/verify-log';
import { appendStaffLog } from '../../../src/core/staff/staff-log';
import { sampleDraft } from '../../unit/records/sample-record';
import { T0, useStoreFixture } from './store-fixture';

/** Runs the command in-process and returns its exit code and what it printed. */
async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const stdout = vi
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk) => ((out += String(chunk)), true));
  const stderr = vi
    .spyOn(process.stderr, 'write')
    .mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    return { code: await verifyLogCommand.run(args), out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('kiosk verify-log', () => {
  const fixture = useStoreFixture();
  let ids: string[];
  beforeEach(() => {
    const store = fixture().open();
    ids = [0, 1, 2, 3].map((i) => store.appendRecord(sampleDraft(T0 + i)).recordId);
    store.close();
  });

  it('reports an intact log in both languages with exit code 0', async () => {
    const result = await run(['--db', fixture().file, '--vault', fixture().vaultDir]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('共 4 条记录');
    expect(result.out).toContain('4 records');
  });

  it('finds the store and the vault where the site policy puts them', async () => {
    const sitePolicy = join(fixture().dir, 'site-policy.json');
    writeFileSync(
      sitePolicy,
      JSON.stringify({
        version: 1,
        storage: { dbPath: fixture().file, vaultDir: fixture().vaultDir },
      }),
    );
    const config = join(fixture().dir, 'none.json');
    const result = await run(['--site-policy', sitePolicy, '--config', config]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('4 records');
  });

  it('names the first break as JSON with exit code 1', async () => {
    const store = fixture().open();
    store.db
      .prepare(
        "UPDATE records SET clear_json = replace(clear_json, 'KIOSK-0001', 'KIOSK-0002') WHERE record_id = ?",
      )
      .run(ids[2]);
    store.close();
    const result = await run(['--db', fixture().file, '--vault', fixture().vaultDir, '--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out)).toMatchObject({
      ok: false,
      firstBreak: { position: 3, recordId: ids[2], kind: 'signature-invalid' },
    });
  });

  it('covers the staff log: intact entries counted, an edited setting change named with exit code 1', async () => {
    const store = fixture().open();
    const tech = { account: 'tech-wang', role: 'technician' as const };
    appendStaffLog(store.db, T0, tech, 'login');
    appendStaffLog(store.db, T0 + 1, tech, 'setting-changed', {
      setting: 'face.operatingPoint',
      from: 'far-1e-4',
      to: 'far-1e-5',
    });
    store.close();
    const intact = await run(['--db', fixture().file, '--vault', fixture().vaultDir]);
    expect(intact.code).toBe(0);
    expect(intact.out).toContain('The staff log is intact: 2 entries');

    const tampered = fixture().open();
    tampered.db
      .prepare(
        "UPDATE staff_log SET detail = replace(detail, 'far-1e-5', 'far-1e-2') WHERE seq = 2",
      )
      .run();
    tampered.close();
    const result = await run(['--db', fixture().file, '--vault', fixture().vaultDir, '--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out)).toMatchObject({
      ok: true,
      staffLog: { ok: false, firstBreak: { seq: 2, kind: 'hash-mismatch' } },
    });
  });

  it('says so when the vault is missing, with exit code 3', async () => {
    const result = await run([
      '--db',
      fixture().file,
      '--vault',
      join(fixture().dir, 'nowhere'),
      '--json',
    ]);
    expect(result.code).toBe(3);
    expect(JSON.parse(result.out)).toMatchObject({
      ok: false,
      problem: { code: 'key-vault-missing' },
    });
  });

  it('refuses to call a missing database intact', async () => {
    const result = await run([
      '--db',
      join(fixture().dir, 'none.db'),
      '--vault',
      fixture().vaultDir,
    ]);
    expect(result.code).toBe(3);
    expect(result.err).toContain('none.db');
  });
});
