// The staff side of the kiosk for role-boundary tests through a real transport: a real store file
// with accounts, the real gate (StaffAccess), the real console, setup and staff commands writing a
// real local configuration file. Only the capture session and the outbox are stubs (no devices).
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createManualClock } from '../../src/core/manual-clock';
import { initFileVault } from '../../src/core/device/key-vault-file';
import { consoleCommands } from '../../src/core/api/console-api';
import { setupCommands } from '../../src/core/api/setup-api';
import { staffCommands } from '../../src/core/api/staff-api';
import { StaffAccess } from '../../src/core/staff/staff-access';
import { createAccount } from '../../src/core/staff/staff-accounts';
import { staffLogEntries } from '../../src/core/staff/staff-log';
import { migrate } from '../../src/core/store/migrate';
import { resolveConfig } from '../../src/shared/config/config-resolve';
import type { KioskConfig } from '../../src/shared/config/config-schema';
import type { KioskEvent } from '../../src/shared/kiosk-api/events';
import type { KioskService } from '../../src/shared/kiosk-api/kiosk-api';
import { ok } from '../../src/shared/result';
import { CHEAP_PIN_COST } from './cheap-pin-cost';
import { TEST_STAFF } from './test-staff';

/** The operating points the rig's calibration would offer (the shipped models/calibration.json's). */
const RIG_OPERATING_POINTS = ['far-1e-2', 'far-1e-3', 'session-1e-3', 'far-1e-4'];

/** Builds the rig; `close` removes its files. */
export async function startStaffRig() {
  const dir = mkdtempSync(join(tmpdir(), 'staff-rig-'));
  const db = new Database(join(dir, 'kiosk.db'));
  migrate(db);
  const terminal = { account: 'terminal', role: null };
  for (const role of ['operator', 'technician'] as const) {
    const { account, pin } = TEST_STAFF[role];
    await createAccount(db, { name: account, role, pin }, terminal, 0, CHEAP_PIN_COST);
  }
  const resolved = resolveConfig([]);
  if (!resolved.ok) throw new Error('default configuration does not resolve');
  let config: KioskConfig = resolved.value;
  const clock = createManualClock(1_000_000);
  const staff = new StaffAccess(db, () => config.operator, clock, CHEAP_PIN_COST);
  const localPath = join(dir, 'local.json');
  const locked = { value: false };
  const session = {
    lock: () => void (locked.value = true),
    unlock: () => void (locked.value = false),
    state: { state: 'idle' as const, endedBy: null },
  };
  const commands = {
    ...consoleCommands({
      config: () => config,
      staff,
      session: session as never,
      outbox: {
        stats: () => ({
          pending: 0,
          sending: 0,
          acked: 0,
          quarantined: 0,
          rejected: 0,
          oldestUnackedAtMs: null,
        }),
      } as never,
      tally: { count: () => undefined, today: () => ({}) } as never,
      clock,
      deviceStatus: () => ({}) as never,
      lastUploadOkAtMs: () => null,
    }),
    ...setupCommands({
      config: () => config,
      startedWith: resolved.value,
      setConfig: (next) => (config = next),
      configPaths: { sitePolicyPath: null, localPath },
      vault: initFileVault(join(dir, 'vault')),
      vaultStrength: { kind: 'file' },
      keyId: () => null,
      reader: () => null,
      clock,
      staff,
      operatingPoints: () => RIG_OPERATING_POINTS,
    }),
    ...staffCommands({ db, staff, clock }),
  };
  const api = new Proxy(
    {
      ...commands,
      subscribe: (_listener: (event: KioskEvent) => void) => () => undefined,
      authorize: (required: Parameters<KioskService['authorize']>[0]) => staff.authorize(required),
    },
    // Worker-flow commands the rig has no session for answer empty: the tests here are about roles.
    {
      get: (target, key) =>
        key in target ? target[key as keyof typeof target] : async () => ok({}),
    },
  ) as unknown as KioskService;
  return {
    api,
    clock,
    locked,
    config: () => config,
    localFile: () => readFile(localPath, 'utf8').catch(() => null),
    staffLog: () =>
      [...staffLogEntries(db)].map(({ account, role, action, detail }) => ({
        account,
        role,
        action,
        detail,
      })),
    close: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
