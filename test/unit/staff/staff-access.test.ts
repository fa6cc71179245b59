import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../../../src/core/manual-clock';
import { migrate } from '../../../src/core/store/migrate';
import { LOGIN_IDLE_MS, StaffAccess } from '../../../src/core/staff/staff-access';
import { createAccount } from '../../../src/core/staff/staff-accounts';
import { staffLogEntries } from '../../../src/core/staff/staff-log';
import { CHEAP_PIN_COST } from '../../support/cheap-pin-cost';

const LIMITS = { maxPinAttempts: 3, pinLockoutMs: 60_000 };
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function kioskDb(file = ':memory:') {
  const db = new Database(file);
  migrate(db);
  const by = { account: 'terminal', role: null };
  await createAccount(
    db,
    { name: 'tech-wang', role: 'technician', pin: '135792' },
    by,
    0,
    CHEAP_PIN_COST,
  );
  await createAccount(
    db,
    { name: 'op-li', role: 'operator', pin: '246813' },
    by,
    0,
    CHEAP_PIN_COST,
  );
  return db;
}

function accessOver(db: Database.Database, clock = createManualClock(1_000_000)) {
  return { access: new StaffAccess(db, () => LIMITS, clock, CHEAP_PIN_COST), clock };
}

const actions = (db: Database.Database) =>
  [...staffLogEntries(db)].map((e) => [e.account, e.role, e.action]);

describe('staff access: login, roles, inactivity, throttling, audit', () => {
  it('logs an operator in with name and PIN, grants operator commands only, and logs it', async () => {
    const db = await kioskDb();
    const { access } = accessOver(db);
    expect(access.authorize('operator')).toBe(false);
    expect(await access.login('OP-LI', '246813')).toMatchObject({ kind: 'ok', role: 'operator' });
    expect(access.current()).toEqual({ account: 'op-li', role: 'operator' });
    expect(access.authorize('worker')).toBe(true);
    expect(access.authorize('operator')).toBe(true);
    expect(access.authorize('technician')).toBe(false);
    access.logout();
    expect(access.authorize('operator')).toBe(false);
    expect(actions(db).slice(2)).toEqual([
      ['op-li', 'operator', 'login'],
      ['op-li', 'operator', 'logout'],
    ]);
  });

  it('ends a login after the idle time, and a staff command restarts that time', async () => {
    const db = await kioskDb();
    const { access, clock } = accessOver(db);
    await access.login('tech-wang', '135792');
    clock.advance(LOGIN_IDLE_MS - 1);
    expect(access.authorize('technician')).toBe(true);
    clock.advance(LOGIN_IDLE_MS - 1);
    expect(access.current()).not.toBeNull();
    clock.advance(1);
    expect(access.authorize('operator')).toBe(false);
    expect(actions(db).at(-1)).toEqual(['tech-wang', 'technician', 'session-expired']);
  });

  it('answers an unknown name exactly like a wrong PIN, and logs the name typed', async () => {
    const db = await kioskDb();
    const { access } = accessOver(db);
    expect(await access.login('nobody', '246813')).toEqual({ kind: 'wrong-pin' });
    expect(await access.login('op-li', '999999')).toEqual({ kind: 'wrong-pin' });
    expect(actions(db).slice(2)).toEqual([
      ['nobody', null, 'login-failed'],
      ['op-li', null, 'login-failed'],
    ]);
  });

  it('locks an account out after the configured failures, even for the right PIN, and the lock survives a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'staff-'));
    dirs.push(dir);
    const file = join(dir, 'kiosk.db');
    const db = await kioskDb(file);
    const { access, clock } = accessOver(db);
    for (const pin of ['111111', '222222'])
      expect((await access.login('op-li', pin)).kind).toBe('wrong-pin');
    expect(await access.login('op-li', '333333')).toEqual({
      kind: 'locked-out',
      scope: 'account',
      untilMs: clock.now() + LIMITS.pinLockoutMs,
    });
    db.close();

    const reopened = new Database(file);
    const again = accessOver(reopened, clock).access;
    expect(await again.login('op-li', '246813')).toMatchObject({
      kind: 'locked-out',
      scope: 'account',
    });
    expect(await again.login('tech-wang', '135792')).toMatchObject({ kind: 'ok' });
    clock.advance(LIMITS.pinLockoutMs);
    expect(await again.login('op-li', '246813')).toMatchObject({ kind: 'ok' });
    expect(actions(reopened)).toContainEqual(['op-li', null, 'lockout']);
    reopened.close();
  });

  it('makes an account wait after its free typos, doubling each time', async () => {
    const db = await kioskDb();
    const clock = createManualClock(0);
    const limits = { maxPinAttempts: 5, pinLockoutMs: 60_000 };
    const slow = new StaffAccess(db, () => limits, clock, CHEAP_PIN_COST);
    for (const pin of ['111111', '222222', '333333']) await slow.login('op-li', pin);
    expect(await slow.login('op-li', '246813')).toEqual({ kind: 'backing-off', untilMs: 1000 });
    clock.advance(1000);
    expect(await slow.login('op-li', '444444')).toEqual({ kind: 'wrong-pin' });
    expect(await slow.login('op-li', '246813')).toEqual({ kind: 'backing-off', untilMs: 3000 });
  });

  it('locks the whole kiosk out when failures spread over many names add up', async () => {
    const db = await kioskDb();
    const { access, clock } = accessOver(db);
    const outcomes = [];
    for (let i = 0; i < 9; i += 1) {
      outcomes.push((await access.login(`guess-${i}`, '111111')).kind);
      clock.advance(60_000 / 2);
    }
    expect(outcomes.slice(0, 8).every((kind) => kind === 'wrong-pin')).toBe(true);
    expect(outcomes[8]).toBe('locked-out');
    expect(await access.login('tech-wang', '135792')).toMatchObject({
      kind: 'locked-out',
      scope: 'kiosk',
    });
  });

  it('tells a first-boot kiosk without a technician account how to make one', async () => {
    const db = new Database(':memory:');
    migrate(db);
    const { access } = accessOver(db);
    expect(await access.login('tech-wang', '135792')).toEqual({ kind: 'no-technician' });
    expect(access.authorize('technician')).toBe(false);
  });
});
