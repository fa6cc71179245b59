// `kiosk provision` with the platform options: the adapter and the worker's next steps land in the
// local configuration, the credentials in the vault and nowhere else.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFileVault } from '../../../src/core/device/key-vault-file';
import { loadPlatformCredentials } from '../../../src/core/upload/platforms/platform-credentials';
import { runKiosk } from './kiosk-cli';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'provision-platform-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const base = [
  'provision',
  '--device-id',
  'kiosk-ns-01',
  '--point-code',
  'JX360101',
  '--endpoint',
  'https://jzgr.example.gov.cn/api/worker/add',
];

describe('kiosk provision for a national-standard platform', () => {
  it('writes platform and next steps to the configuration and the credentials to the vault only', async () => {
    const credentials = { api_key: 'JX-0042', api_secret: 'top-secret-value', des_key: '12345678' };
    writeFileSync(join(dir, 'credentials.json'), JSON.stringify(credentials));
    const run = await runKiosk(
      dir,
      ...base,
      '--platform',
      'national-standard',
      '--credentials',
      'credentials.json',
      '--service-url',
      'https://jzgr.example.gov.cn/',
      '--mini-program-qr',
      'https://jzgr.example.gov.cn/mp',
      '--password-rule-zh',
      '用身份证号登录，初始密码为身份证号后6位',
      '--password-rule-en',
      'Log in with your ID number; the first password is its last 6 digits',
      '--slip-hides-password-rule',
      '--json',
    );
    expect(run.code, run.stderr).toBe(0);
    const file = readFileSync(join(dir, 'var/kiosk.json'), 'utf8');
    expect(file).not.toContain('top-secret-value');
    expect(JSON.parse(file)).toMatchObject({
      upload: { platform: 'national-standard' },
      ui: {
        personalServiceUrl: 'https://jzgr.example.gov.cn/',
        personalServiceQrText: 'https://jzgr.example.gov.cn/',
        miniProgramQrText: 'https://jzgr.example.gov.cn/mp',
        initialPasswordRule: { 'zh-CN': '用身份证号登录，初始密码为身份证号后6位' },
        slipShowsPasswordRule: false,
      },
    });
    expect(loadPlatformCredentials(openFileVault(join(dir, 'var/vault')))).toEqual({
      ok: true,
      value: credentials,
    });
  }, 30_000);

  it('refuses credentials without api_secret, naming the field, and exits 2', async () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ api_key: 'JX-0042' }));
    const run = await runKiosk(dir, ...base, '--credentials', 'bad.json');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('api_secret');
  }, 30_000);

  it('wants both languages of the password rule', async () => {
    const run = await runKiosk(dir, ...base, '--password-rule-zh', '后六位');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--password-rule-en');
  }, 30_000);
});
