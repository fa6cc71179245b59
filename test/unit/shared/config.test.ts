import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/shared/config/config-defaults';
import { mergeLayer } from '../../../src/shared/config/config-layers';
import { kioskConfigSchema } from '../../../src/shared/config/config-schema';
import { upgradeLayer } from '../../../src/shared/config/config-upgrade';
import { ConfigError, type ConfigProblem } from '../../../src/core/device/config-error';
import { loadConfig } from '../../../src/core/device/config-loader';
import { updateLocalConfig } from '../../../src/core/device/config-local-file';

let dir: string;
let site: string;
let local: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-config-'));
  site = join(dir, 'site-policy.json');
  local = join(dir, 'local.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const write = (path: string, document: unknown) => writeFile(path, JSON.stringify(document));

async function problemOf(promise: Promise<unknown>): Promise<ConfigProblem> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ConfigError))
    throw new Error(`expected a ConfigError, got ${String(error)}`);
  return error.problem;
}

describe('configuration: layering', () => {
  it('the defaults are a valid configuration and what loads when no file exists', async () => {
    expect(kioskConfigSchema.safeParse(DEFAULT_CONFIG).success).toBe(true);
    expect(await loadConfig({ sitePolicyPath: site, localPath: local, packaged: true })).toEqual(
      DEFAULT_CONFIG,
    );
  });

  it('applies defaults, then site policy, then local overrides, field by field', async () => {
    await write(site, {
      version: 1,
      capture: { attempts: 2, transmit: 'neither' },
      upload: { concurrency: 6 },
    });
    await write(local, {
      version: 1,
      capture: { attempts: 1 },
      device: { id: 'kiosk-0042', pointCode: '3301020001' },
    });
    const config = await loadConfig({ sitePolicyPath: site, localPath: local, packaged: true });
    expect(config.capture.attempts).toBe(1);
    expect(config.capture.transmit).toBe('neither');
    expect(config.upload.concurrency).toBe(6);
    expect(config.device).toEqual({ id: 'kiosk-0042', pointCode: '3301020001' });
    expect(config.capture.timeoutsMs).toEqual(DEFAULT_CONFIG.capture.timeoutsMs);
  });

  it('replaces arrays and switches variants instead of mixing their fields', () => {
    const merged = mergeLayer(
      { reader: { photoDecoder: { kind: 'vendor', libraryPath: '/x.so' } }, roles: ['a', 'b'] },
      { reader: { photoDecoder: { kind: 'simulation' } }, roles: ['c'] },
    );
    expect(merged).toEqual({ reader: { photoDecoder: { kind: 'simulation' } }, roles: ['c'] });
  });

  it('takes environment overrides in development and ignores them in a packaged build', async () => {
    const env = {
      KIOSK_CONFIG__upload__endpoint: 'http://127.0.0.1:8080/v1',
      KIOSK_CONFIG__capture__attempts: '2',
    };
    const dev = await loadConfig({ localPath: local, env, packaged: false });
    expect(dev.upload.endpoint).toBe('http://127.0.0.1:8080/v1');
    expect(dev.capture.attempts).toBe(2);
    const packaged = await loadConfig({ localPath: local, env, packaged: true });
    expect(packaged.upload.endpoint).toBeNull();
    expect(packaged.capture.attempts).toBe(DEFAULT_CONFIG.capture.attempts);
  });
});

describe('configuration: bad input names the field, the file and what is allowed', () => {
  it('an out-of-range value', async () => {
    await write(site, { version: 1, capture: { attempts: 2 } });
    await write(local, { version: 1, capture: { attempts: 9 } });
    const problem = await problemOf(
      loadConfig({ sitePolicyPath: site, localPath: local, packaged: true }),
    );
    expect(problem).toMatchObject({ kind: 'invalid', field: 'capture.attempts', source: local });
    expect(problem.kind === 'invalid' && problem.allowed).toMatch(/5/);
  });

  it('a misspelt field', async () => {
    await write(site, { version: 1, capture: { atempts: 2 } });
    expect(await problemOf(loadConfig({ sitePolicyPath: site, packaged: true }))).toEqual({
      kind: 'invalid',
      field: 'capture.atempts',
      source: site,
      allowed: 'no such field (check the spelling)',
    });
  });

  it('the simulation photo decoder without allowSimulation', async () => {
    await write(local, { version: 1, reader: { photoDecoder: { kind: 'simulation' } } });
    const problem = await problemOf(loadConfig({ localPath: local, packaged: true }));
    expect(problem).toMatchObject({
      kind: 'invalid',
      field: 'reader.photoDecoder.kind',
      source: local,
    });
  });

  it('operator verification allowed for nobody', async () => {
    await write(local, {
      version: 1,
      capture: { operatorVerification: { allowed: true, roles: [] } },
    });
    const problem = await problemOf(loadConfig({ localPath: local, packaged: true }));
    expect(problem).toMatchObject({ kind: 'invalid', field: 'capture.operatorVerification.roles' });
  });

  it('a file that is not JSON, a missing version, a newer version', async () => {
    await writeFile(local, '{ "version": 1, ');
    expect(await problemOf(loadConfig({ localPath: local, packaged: true }))).toEqual({
      kind: 'not-json',
      source: local,
    });
    await write(local, { capture: { attempts: 2 } });
    expect(await problemOf(loadConfig({ localPath: local, packaged: true }))).toMatchObject({
      kind: 'upgrade',
      failure: { kind: 'missing-version' },
    });
    await write(local, { version: 7 });
    const tooNew = await loadConfig({ localPath: local, packaged: true }).catch((e: unknown) => e);
    expect(tooNew).toBeInstanceOf(ConfigError);
    expect((tooNew as ConfigError).problem).toMatchObject({
      kind: 'upgrade',
      failure: { kind: 'too-new', version: 7 },
    });
    expect((tooNew as ConfigError).text['zh-CN']).toContain('7');
  });

  it('a __proto__ key is a bad field, never a prototype', async () => {
    await writeFile(local, '{ "version": 1, "ui": { "__proto__": { "volume": 0 } } }');
    expect(await problemOf(loadConfig({ localPath: local, packaged: true }))).toMatchObject({
      field: 'ui.__proto__',
    });
  });
});

describe('configuration: upgrade steps', () => {
  it('applies each step in turn up to the current version', () => {
    const steps = {
      1: (layer: Record<string, unknown>) => ({ ...layer, version: 2, renamed: layer.old }),
      2: (layer: Record<string, unknown>) => ({ ...layer, version: 3 }),
    };
    expect(upgradeLayer({ version: 1, old: 'x' }, steps, 3)).toEqual({
      ok: true,
      value: { version: 3, old: 'x', renamed: 'x' },
    });
  });

  it('refuses a step that does not land one version higher, and a missing step', () => {
    expect(upgradeLayer({ version: 1 }, { 1: (l) => l }, 2)).toEqual({
      ok: false,
      error: { kind: 'no-step', version: 1 },
    });
    expect(upgradeLayer({ version: 1 }, {}, 2)).toEqual({
      ok: false,
      error: { kind: 'no-step', version: 1 },
    });
  });
});

describe('configuration: saving technician changes', () => {
  it('merges a change into the local file and returns the new configuration', async () => {
    await write(local, { version: 1, capture: { attempts: 2 } });
    const config = await updateLocalConfig(
      { localPath: local },
      { device: { id: 'kiosk-0042', pointCode: '3301020001' } },
    );
    expect(config.device.id).toBe('kiosk-0042');
    expect(JSON.parse(await readFile(local, 'utf8'))).toEqual({
      version: 1,
      capture: { attempts: 2 },
      device: { id: 'kiosk-0042', pointCode: '3301020001' },
    });
  });

  it('leaves the file untouched when the change is invalid', async () => {
    await write(local, { version: 1, capture: { attempts: 2 } });
    const before = await readFile(local, 'utf8');
    const problem = await problemOf(
      updateLocalConfig({ localPath: local }, { face: { operatingPoint: 'loose' } }),
    );
    expect(problem).toMatchObject({ kind: 'invalid', field: 'face.operatingPoint' });
    expect(await readFile(local, 'utf8')).toBe(before);
  });
});
