import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCliConfig } from '../../../src/cli/cli-config';
import { CONFIG_VERSION } from '../../../src/shared/config/config-schema';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function layerFiles() {
  const dir = await mkdtemp(join(tmpdir(), 'cli-config-'));
  dirs.push(dir);
  const sitePolicy = join(dir, 'site-policy.json');
  const local = join(dir, 'kiosk.json');
  await writeFile(
    sitePolicy,
    JSON.stringify({
      version: CONFIG_VERSION,
      device: { id: 'from-site', pointCode: '3301020001' },
      storage: { dbPath: '/srv/site.db' },
    }),
  );
  await writeFile(local, JSON.stringify({ version: CONFIG_VERSION, device: { id: 'from-local' } }));
  return { config: local, 'site-policy': sitePolicy };
}
const env = { KIOSK_CONFIG__device__id: 'from-environment' };

describe('the CLI configuration', () => {
  it('layers defaults, the site policy and the local overrides, and ignores the environment', async () => {
    const config = await loadCliConfig(await layerFiles(), env);
    expect(config.device).toEqual({ id: 'from-local', pointCode: '3301020001' });
    expect(config.storage.dbPath).toBe('/srv/site.db');
  });

  it('takes environment overrides last with --dev', async () => {
    const config = await loadCliConfig({ ...(await layerFiles()), dev: true }, env);
    expect(config.device.id).toBe('from-environment');
  });
});
