// Start-up of the composition root: the face engine starts first and loads its models while the
// rest of the kiosk is built, so a later failure must still stop the engine process it started.
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { initFileVault } from '../../../src/core/device/key-vault-file';
import {
  forkEngine,
  type EngineLauncher,
  type EngineProcess,
} from '../../../src/core/face/engine/engine-child';
import { createKiosk } from '../../../src/core/kiosk';
import { demoConfig } from '../../../src/demo/demo-config';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('kiosk start-up', () => {
  it('stops the engine process it started when opening the store fails, and reports the failure', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kiosk-start-'));
    dirs.push(dir);
    const engines: EngineProcess[] = [];
    const launchEngine: EngineLauncher = (options) => {
      const engine = forkEngine(options);
      engines.push(engine);
      return engine;
    };
    const config = demoConfig({ readerPath: join(dir, 'no-reader'), dir, endpoint: null });
    // A directory where the database file should be: SQLite cannot open it.
    const broken = { ...config, storage: { ...config.storage, dbPath: dir } };
    await expect(
      createKiosk({ config: broken, vault: initFileVault(join(dir, 'vault')), launchEngine }),
    ).rejects.toThrow();
    expect(engines).toHaveLength(1);
    const engine = engines[0] as EngineProcess;
    if (engine.exitCode === null && engine.signalCode === null) await once(engine, 'exit');
    expect(engine.exitCode !== null || engine.signalCode !== null).toBe(true);
  }, 30_000);
});
