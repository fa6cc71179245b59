import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../../src/core/clock';
import { initFileVault } from '../../../src/core/device/key-vault-file';
import type { KeyVault } from '../../../src/core/device/key-vault';
import { setupCommands } from '../../../src/core/api/setup-api';
import { loadPlatformCredentials } from '../../../src/core/upload/platforms/platform-credentials';
import { DEFAULT_CONFIG } from '../../../src/shared/config/config-defaults';
import type { KioskConfig } from '../../../src/shared/config/config-schema';
import { KIOSK_COMMANDS } from '../../../src/shared/kiosk-api/commands';

let dir: string;
let vault: KeyVault;
let config: KioskConfig;
let audit: unknown[];
beforeEach(() => {
  audit = [];
  dir = mkdtempSync(join(tmpdir(), 'platform-setup-'));
  vault = initFileVault(join(dir, 'vault'));
  config = DEFAULT_CONFIG;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const commands = () =>
  setupCommands({
    config: () => config,
    startedWith: DEFAULT_CONFIG,
    setConfig: (next) => (config = next),
    configPaths: { sitePolicyPath: null, localPath: join(dir, 'kiosk.json') },
    vault,
    vaultStrength: { kind: 'file' },
    keyId: () => null,
    reader: () => null,
    clock: systemClock,
    staff: { log: (action, detail) => void audit.push({ action, detail }) },
    operatingPoints: () => ['far-1e-3', 'session-1e-3'],
  });

describe('platform setup commands', () => {
  it('are technician-only', () => {
    expect(KIOSK_COMMANDS['setup.platform'].role).toBe('technician');
    expect(KIOSK_COMMANDS['setup.next-steps'].role).toBe('technician');
  });

  it('switch the platform in the file and keep the credentials in the vault only', async () => {
    const credentials = { api_key: 'K-17', api_secret: 'never-in-the-file', des_key: 'des-key8' };
    const result = await commands()['setup.platform']({
      platform: 'national-standard',
      credentials,
    });
    // The uploader was built with the platform and credentials at start: they wait for a restart.
    expect(result).toEqual({ ok: true, value: { restartNeeded: true } });
    expect(config.upload.platform).toBe('national-standard');
    const file = readFileSync(join(dir, 'kiosk.json'), 'utf8');
    expect(file).toContain('national-standard');
    expect(file).not.toContain('never-in-the-file');
    expect(loadPlatformCredentials(vault)).toEqual({ ok: true, value: credentials });
    expect(audit).toContainEqual({
      action: 'setting-changed',
      detail: { setting: 'platform-credentials', from: null, to: null, atNextStart: true },
    });
    expect(JSON.stringify(audit)).not.toContain('never-in-the-file');
  });

  it('save the next steps the pass screen and the slip show', async () => {
    const nextSteps = {
      personalServiceUrl: 'https://jzgr.example.gov.cn/',
      personalServiceQrText: 'https://jzgr.example.gov.cn/login',
      miniProgramQrText: 'https://jzgr.example.gov.cn/mp',
      initialPasswordRule: {
        'zh-CN': '用身份证号登录，初始密码为身份证号后6位',
        en: 'Log in with your ID number; the first password is its last 6 digits',
      },
      slipShowsPasswordRule: false,
    };
    expect(await commands()['setup.next-steps'](nextSteps)).toEqual({
      ok: true,
      value: { restartNeeded: false },
    });
    expect(config.ui).toMatchObject(nextSteps);
    expect(JSON.parse(readFileSync(join(dir, 'kiosk.json'), 'utf8')).ui).toMatchObject(nextSteps);
  });

  it('refuses a personal-service address that is not http(s)', () => {
    const request = KIOSK_COMMANDS['setup.next-steps'].request.safeParse({
      personalServiceUrl: 'javascript:alert(1)',
      personalServiceQrText: '',
      miniProgramQrText: '',
      initialPasswordRule: { 'zh-CN': '', en: '' },
      slipShowsPasswordRule: true,
    });
    expect(request.success).toBe(false);
  });
});
