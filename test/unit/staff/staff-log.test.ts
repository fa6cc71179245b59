import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/core/store/migrate';
import {
  appendStaffLog,
  staffEntryHash,
  staffLogEntries,
  staffLogHead,
} from '../../../src/core/staff/staff-log';
import { verifyStaffLog } from '../../../src/core/staff/staff-log-verifier';

function logWithThree() {
  const db = new Database(':memory:');
  migrate(db);
  const tech = { account: 'tech-wang', role: 'technician' as const };
  appendStaffLog(db, 1000, tech, 'login');
  appendStaffLog(db, 2000, tech, 'setting-changed', {
    setting: 'face.operatingPoint',
    from: 'far-1e-4',
    to: 'far-1e-5',
  });
  appendStaffLog(db, 3000, tech, 'logout');
  return db;
}

const verify = (db: Database.Database) => verifyStaffLog(staffLogEntries(db), staffLogHead(db));

describe('staff log: a hash chain of staff actions', () => {
  it('chains entries with account, role, action and detail, and verifies intact', () => {
    const db = logWithThree();
    const entries = [...staffLogEntries(db)];
    expect(entries.map((e) => [e.seq, e.account, e.role, e.action])).toEqual([
      [1, 'tech-wang', 'technician', 'login'],
      [2, 'tech-wang', 'technician', 'setting-changed'],
      [3, 'tech-wang', 'technician', 'logout'],
    ]);
    expect(entries[1]?.detail).toEqual({
      setting: 'face.operatingPoint',
      from: 'far-1e-4',
      to: 'far-1e-5',
    });
    expect(entries[1]?.previousHash).toBe(entries[0]?.entryHash);
    expect(verify(db)).toEqual({ ok: true, entries: 3 });
  });

  it('an empty log verifies intact', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(verify(db)).toEqual({ ok: true, entries: 0 });
  });

  it('names an edited detail as a hash mismatch at its entry', () => {
    const db = logWithThree();
    db.prepare(
      `UPDATE staff_log SET detail = '{"setting":"face.operatingPoint","from":"far-1e-4","to":"far-1e-2"}' WHERE seq = 2`,
    ).run();
    expect(verify(db)).toMatchObject({ ok: false, firstBreak: { seq: 2, kind: 'hash-mismatch' } });
  });

  it('names a removed entry in the middle as a gap', () => {
    const db = logWithThree();
    db.prepare('DELETE FROM staff_log WHERE seq = 2').run();
    expect(verify(db)).toMatchObject({ ok: false, firstBreak: { seq: 3, kind: 'seq-gap' } });
  });

  it('names a cut-off tail against the stored head', () => {
    const db = logWithThree();
    db.prepare('DELETE FROM staff_log WHERE seq = 3').run();
    expect(verify(db)).toMatchObject({ ok: false, firstBreak: { seq: 2, kind: 'head-mismatch' } });
  });

  it('names an entry re-hashed after an edit as a broken link', () => {
    const db = logWithThree();
    const [, second] = [...staffLogEntries(db)];
    const forged = { ...second!, previousHash: 'f'.repeat(64) };
    db.prepare('UPDATE staff_log SET previous_hash = ?, entry_hash = ? WHERE seq = 2').run(
      forged.previousHash,
      staffEntryHash(forged),
    );
    expect(verify(db)).toMatchObject({ ok: false, firstBreak: { seq: 2, kind: 'link-broken' } });
  });
});
