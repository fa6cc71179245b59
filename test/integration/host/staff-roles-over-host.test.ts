// Role boundaries through the real browser host: a client holding only the launch token is the
// worker screen; staff roles come from logging in over the same socket, checked by the real gate.
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserHost } from '../../../src/host/browser-host';
import { LOGIN_IDLE_MS } from '../../../src/core/staff/staff-access';
import { startStaffRig } from '../../support/staff-rig';
import { TEST_STAFF } from '../../support/test-staff';
import { connect, tokenOf } from './host-client';

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function screen() {
  const rig = await startStaffRig();
  cleanup.push(rig.close);
  const host = await startBrowserHost({ api: rig.api, staticDir: null });
  cleanup.push(() => host.close());
  const client = await connect(host.origin);
  client.send({ type: 'hello', token: tokenOf(host.url) });
  expect(await client.next()).toEqual({ type: 'welcome' });
  let id = 0;
  const call = async (name: string, payload: unknown = {}) => {
    id += 1;
    client.send({ type: 'command', id, name, payload });
    const answer = (await client.next()) as {
      id: number;
      result: { ok: boolean; error?: { code: string } };
    };
    expect(answer.id).toBe(id);
    return answer.result;
  };
  const login = (role: keyof typeof TEST_STAFF) => call('operator.login', TEST_STAFF[role]);
  return { rig, call, login };
}

const unauthorized = { ok: false, error: { code: 'api.unauthorized' } };
const lowerFar = ['setup.operating-point', { operatingPoint: 'far-1e-2' }] as const;

describe('staff roles over the real WebSocket host', () => {
  it('worker → technician: the launch token alone cannot lower the operating point; nothing is saved', async () => {
    const { rig, call } = await screen();
    expect(await call(...lowerFar)).toMatchObject(unauthorized);
    expect(await rig.localFile()).toBeNull();
    expect(rig.config().face.operatingPoint).toBe('session-1e-3');
  });

  it('worker → operator: console commands need a login; the kiosk stays unlocked', async () => {
    const { rig, call } = await screen();
    expect(await call('kiosk.lock')).toMatchObject(unauthorized);
    expect(await call('queue.status')).toMatchObject(unauthorized);
    expect(await call('stats.today')).toMatchObject(unauthorized);
    expect(rig.locked.value).toBe(false);
    expect(await call('ui.settings')).toMatchObject({ ok: true });
  });

  it('operator → technician: an operator locks the kiosk but cannot change settings or add accounts', async () => {
    const { rig, call, login } = await screen();
    expect(await login('operator')).toMatchObject({ ok: true, value: { role: 'operator' } });
    expect(await call('kiosk.lock')).toEqual({ ok: true, value: {} });
    expect(rig.locked.value).toBe(true);
    expect(await call(...lowerFar)).toMatchObject(unauthorized);
    expect(await call('staff.add-operator', { name: 'op-zhao', pin: '582046' })).toMatchObject(
      unauthorized,
    );
    expect(await rig.localFile()).toBeNull();
    expect(rig.staffLog().map((e) => [e.account, e.action])).toEqual([
      ['terminal', 'account-created'],
      ['terminal', 'account-created'],
      ['op-li', 'login'],
      ['op-li', 'kiosk-locked'],
    ]);
  });

  it('technician: changes the operating point, and the staff log holds the old and the new value', async () => {
    const { rig, call, login } = await screen();
    expect(await login('technician')).toMatchObject({ ok: true, value: { role: 'technician' } });
    // A point the calibration lacks would stop the kiosk at its next start: refused, nothing saved.
    expect(await call('setup.operating-point', { operatingPoint: 'far-1e-5' })).toMatchObject({
      ok: false,
      error: { code: 'face.calibration.unknown-operating-point' },
    });
    expect(await rig.localFile()).toBeNull();
    expect(await call('setup.operating-point', { operatingPoint: 'far-1e-4' })).toEqual({
      ok: true,
      value: { restartNeeded: true },
    });
    expect(JSON.parse((await rig.localFile()) ?? '{}')).toMatchObject({
      face: { operatingPoint: 'far-1e-4' },
    });
    expect(rig.staffLog().at(-1)).toEqual({
      account: 'tech-wang',
      role: 'technician',
      action: 'setting-changed',
      detail: {
        setting: 'face.operatingPoint',
        from: 'session-1e-3',
        to: 'far-1e-4',
        atNextStart: true,
      },
    });
    expect(await call('staff.add-operator', { name: 'op-zhao', pin: '123456' })).toMatchObject({
      ok: false,
      error: { code: 'staff.pin-refused' },
    });
    expect(await call('staff.add-operator', { name: 'op-zhao', pin: '582046' })).toEqual({
      ok: true,
      value: { name: 'op-zhao' },
    });
    expect(rig.staffLog().at(-1)).toMatchObject({
      account: 'tech-wang',
      action: 'account-created',
      detail: { name: 'op-zhao', role: 'operator' },
    });
  });

  it('an idle login loses its role: the next staff command is refused', async () => {
    const { rig, call, login } = await screen();
    await login('technician');
    rig.clock.advance(LOGIN_IDLE_MS);
    expect(await call(...lowerFar)).toMatchObject(unauthorized);
    expect(rig.staffLog().at(-1)).toMatchObject({
      account: 'tech-wang',
      action: 'session-expired',
    });
  });
});
