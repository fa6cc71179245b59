import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../../src/core/manual-clock';
import { runSelftest, selftestPassed } from '../../../src/core/device/selftest';
import { CHECK_NAMES } from '../../../src/core/device/selftest-check';
import { checkDatabase, checkIdentity } from '../../../src/core/device/selftest-local';
import { migrate } from '../../../src/core/store/migrate';
import { DEFAULT_CAPACITY_LIMITS } from '../../../src/core/store/capacity';
import { checkVault, type VaultStrength } from '../../../src/core/device/selftest-vault';
import { DEFAULT_CONFIG } from '../../../src/shared/config/config-defaults';
import { DEVICE_TEXTS } from '../../../src/shared/i18n/catalog-device';

describe('vault grading', () => {
  it.each<[VaultStrength, string]>([
    [{ kind: 'os-keyring', backend: 'kwallet5' }, 'pass'],
    [{ kind: 'systemd-creds', tpm2: true }, 'pass'],
    [{ kind: 'systemd-creds', tpm2: false }, 'warn'],
    [{ kind: 'file' }, 'warn'],
    [{ kind: 'basic-text' }, 'fail'],
  ])('grades %j as %s', (strength, status) => {
    expect(checkVault(strength).status).toBe(status);
  });
});

describe('identity check', () => {
  it('names everything that is missing', () => {
    const result = checkIdentity(DEFAULT_CONFIG, null);
    expect(result).toMatchObject({
      status: 'fail',
      params: { missing: 'device.id, device.pointCode, device key' },
    });
  });

  it('passes with id, point code and key', () => {
    const config = { ...DEFAULT_CONFIG, device: { id: 'KIOSK-1', pointCode: 'P0001' } };
    expect(checkIdentity(config, 'ed25519:abc')).toMatchObject({
      status: 'pass',
      detail: DEVICE_TEXTS.identityOk,
    });
  });
});

describe('database check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-selftest-db-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fails, naming the limit, when the store would refuse new records for waiting records', () => {
    const dbPath = join(dir, 'kiosk.db');
    const db = new Database(dbPath);
    migrate(db);
    db.pragma('foreign_keys = OFF');
    const storage = { ...DEFAULT_CONFIG.storage, dbPath, minFreeBytes: 0, warnFreeBytes: 0 };
    const floor = DEFAULT_CAPACITY_LIMITS.unackedRecords.floor;
    // Outbox rows alone, foreign keys off: the count of waiting records is what is judged.
    const insert = db.prepare(
      "INSERT INTO outbox (record_id, state, next_attempt_at_ms, created_at_ms, updated_at_ms) VALUES (?, 'pending', 0, 0, 0)",
    );
    db.transaction(() => {
      for (let i = 0; i < floor - 1; i += 1) insert.run(`r${i}`);
    })();
    expect(checkDatabase(storage)).toMatchObject({ status: 'pass' });
    insert.run('last');
    db.close();
    const result = checkDatabase(storage);
    expect(result.status).toBe('fail');
    expect(result.detail.en).toContain(`(${floor})`);
    expect(result.detail['zh-CN']).toContain('暂停采集');
  });
});

describe('runSelftest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-selftest-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const config = {
    ...DEFAULT_CONFIG,
    face: { ...DEFAULT_CONFIG.face, modelsDir: join(dir, 'no-models') },
    storage: {
      ...DEFAULT_CONFIG.storage,
      dbPath: join(dir, 'kiosk.db'),
      minFreeBytes: 0,
      warnFreeBytes: 0,
    },
  };

  it('reports every check in order, a crashing check as a failure of its own, and fails overall', async () => {
    const reports = await runSelftest({
      config,
      keyId: null,
      vault: { kind: 'file' },
      probeReader: () => Promise.reject(new TypeError('boom')),
      clock: createManualClock(0),
    });
    expect(reports.map((r) => r.name)).toEqual([...CHECK_NAMES]);
    const status = Object.fromEntries(reports.map((r) => [r.name, r.status]));
    expect(status).toEqual({
      identity: 'fail',
      reader: 'fail',
      camera: 'ui',
      models: 'fail',
      database: 'warn',
      disk: 'pass',
      clock: 'warn',
      endpoint: 'fail',
      vault: 'warn',
    });
    expect(reports.find((r) => r.name === 'reader')).toMatchObject({
      detail: DEVICE_TEXTS.checkCrashed,
      params: { code: 'TypeError' },
    });
    expect(reports.find((r) => r.name === 'models')?.params).toMatchObject({ problem: 'missing' });
    expect(selftestPassed(reports)).toBe(false);
  });

  it('passes overall with warnings only', () => {
    expect(
      selftestPassed([
        { name: 'vault', status: 'warn', detail: DEVICE_TEXTS.vaultFile, durationMs: 0 },
      ]),
    ).toBe(true);
  });
});
