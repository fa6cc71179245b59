import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { anchorConfig, profileConfig } from '../../../src/core/boot/boot-kiosk';
import { DEFAULT_CONFIG } from '../../../src/shared/config/config-defaults';
import { CONFIG_VERSION } from '../../../src/shared/config/config-schema';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function filesProfile(mode: 'production' | 'development') {
  const dir = await mkdtemp(join(tmpdir(), 'boot-'));
  dirs.push(dir);
  const localPath = join(dir, 'kiosk.json');
  await writeFile(
    localPath,
    JSON.stringify({ version: CONFIG_VERSION, device: { id: 'kiosk-7' } }),
  );
  return {
    mode,
    config: { kind: 'files', files: { sitePolicyPath: null, localPath }, dataDir: dir },
  } as const;
}
const env = { KIOSK_CONFIG__device__id: 'from-environment' };

describe('boot profiles', () => {
  it('puts relative storage paths in the data folder and uses the profile models folder', () => {
    const config = anchorConfig(
      { ...DEFAULT_CONFIG, storage: { ...DEFAULT_CONFIG.storage, vaultDir: '/srv/vault' } },
      '/data',
      '/res/models',
    );
    expect(config.storage).toMatchObject({ dbPath: '/data/var/kiosk.db', vaultDir: '/srv/vault' });
    expect(config.face.modelsDir).toBe('/res/models');
  });

  it('never reads environment overrides in a production profile', async () => {
    const config = await profileConfig(await filesProfile('production'), env);
    expect(config.device.id).toBe('kiosk-7');
  });

  it('reads environment overrides in a development profile', async () => {
    const config = await profileConfig(await filesProfile('development'), env);
    expect(config.device.id).toBe('from-environment');
  });

  it('takes a given configuration as it is, paths untouched', async () => {
    const config = await profileConfig(
      { mode: 'development', config: { kind: 'given', config: DEFAULT_CONFIG } },
      env,
    );
    expect(config).toEqual(DEFAULT_CONFIG);
  });
});
