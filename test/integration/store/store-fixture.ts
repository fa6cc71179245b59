// A record store in a fresh temporary directory, with its own file vault and device key.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { createManualClock } from '../../../src/core/manual-clock';
import { loadOrCreateDeviceKey } from '../../../src/core/device/device-key';
import { initFileVault } from '../../../src/core/device/key-vault-file';
import { openRecordStore, type RecordStoreOptions } from '../../../src/core/store/record-store';

/** Start of every manual clock in the store tests. */
export const T0 = Date.UTC(2026, 10, 25, 1, 30);

/** A temporary directory with a vault; `open()` opens (or reopens) the store file inside it. */
export function storeFixture() {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-store-'));
  const vaultDir = join(dir, 'vault');
  const vault = initFileVault(vaultDir);
  const deviceKey = loadOrCreateDeviceKey(vault);
  const clock = createManualClock(T0);
  const file = join(dir, 'kiosk.db');
  const open = (overrides: Partial<RecordStoreOptions> = {}) =>
    openRecordStore({ file, vault, deviceKey, clock, ...overrides });
  return {
    dir,
    vaultDir,
    vault,
    deviceKey,
    clock,
    file,
    open,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** What storeFixture returns. */
export type StoreFixture = ReturnType<typeof storeFixture>;

/** Gives each test of the enclosing describe a fresh fixture, removed after it; call the result inside tests. */
export function useStoreFixture(): () => StoreFixture {
  let current: StoreFixture | null = null;
  beforeEach(() => {
    current = storeFixture();
  });
  afterEach(() => current?.cleanup());
  return () => {
    if (!current) throw new Error('useStoreFixture() is read outside a test');
    return current;
  };
}
