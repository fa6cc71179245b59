import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countSessionOutcome } from '../../../src/core/store/outcome-counts';
import { openUploadTestStore, type UploadTestStore } from '../../support/upload-store';
import { runKiosk } from './kiosk-cli';

describe('kiosk export --stats against a real record store', () => {
  let store: UploadTestStore;

  beforeAll(() => {
    store = openUploadTestStore();
    const { db } = store.store;
    countSessionOutcome(db, '2026-03-01', 'pass', 'matched');
    countSessionOutcome(db, '2026-03-01', 'pass', 'matched');
    countSessionOutcome(db, '2026-03-01', 'fail', 'spoof-suspected');
    countSessionOutcome(db, '2026-03-02', 'pass', 'operator-verified');
    countSessionOutcome(db, '2026-03-03', 'fail', 'card-timeout');
    countSessionOutcome(db, '2026-03-04', 'fail', 'no-face');
  });
  afterAll(() => store?.close());
  const exportStats = (...args: string[]) =>
    runKiosk(store.dir, 'export', '--stats', '--db', store.dbPath, ...args);

  it('writes the days of the range as CSV with a BOM and the documented header', async () => {
    const run = await exportStats('--from', '2026-03-01', '--to', '2026-03-03');
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('\uFEFFday,outcome,category,reason,count\r\n')).toBe(true);
    expect(run.stdout.slice(1).split('\r\n')).toEqual([
      'day,outcome,category,reason,count',
      '2026-03-01,pass,passed,matched,2',
      '2026-03-01,fail,spoof,spoof-suspected,1',
      '2026-03-02,pass,operator-verified,operator-verified,1',
      '2026-03-03,fail,timed-out,card-timeout,1',
      '',
    ]);
  });

  it('gives every day of the range as JSON, zero for days without sessions', async () => {
    const run = await runKiosk(
      store.dir,
      'export',
      '--stats',
      '--json',
      '--db',
      store.dbPath,
      '--from',
      '2026-03-04',
      '--to',
      '2026-03-05',
    );
    expect(JSON.parse(run.stdout)).toEqual([
      {
        day: '2026-03-04',
        sessions: 1,
        passes: 0,
        operatorVerified: 0,
        failuresByReason: { 'no-face': 1 },
      },
      { day: '2026-03-05', sessions: 0, passes: 0, operatorVerified: 0, failuresByReason: {} },
    ]);
  });

  it('writes --out complete, leaving no partial file', async () => {
    const out = join(store.dir, 'figures.csv');
    const run = await exportStats('--from', '2026-03-01', '--to', '2026-03-04', '--out', out);
    expect(run.code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\r\n')).toHaveLength(7);
    expect(existsSync(`${out}.partial`)).toBe(false);
    expect(run.stderr).toContain('Exported 5 rows');
  });

  it('refuses a reversed or impossible range (exit 2) and a missing store (exit 1)', async () => {
    const reversed = await exportStats('--from', '2026-03-02', '--to', '2026-03-01');
    expect(reversed.code).toBe(2);
    expect(reversed.stderr).toContain('Invalid date range');
    expect((await exportStats('--to', '2025-02-30')).code).toBe(2);
    const missing = await runKiosk(store.dir, 'export', '--stats', '--db', `${store.dir}/none.db`);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No record store');
  });
});
