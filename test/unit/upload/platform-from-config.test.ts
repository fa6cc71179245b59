import { describe, expect, it } from 'vitest';
import { systemClock } from '../../../src/core/clock';
import { platformFromConfig } from '../../../src/core/upload/platforms/platform-from-config';
import { DEFAULT_CONFIG } from '../../../src/shared/config/config-defaults';
import { createTestDeviceKey } from '../../support/upload-records';

const deviceKey = createTestDeviceKey();
const vaultWith = (secret: string | null) => ({
  loadSecret: () => (secret === null ? null : Buffer.from(secret)),
});
const ENDPOINT = 'http://127.0.0.1:9/api';
const build = (platform: 'reference' | 'national-standard', secret: string | null, des = false) =>
  platformFromConfig(
    {
      ...DEFAULT_CONFIG.upload,
      platform,
      nationalStandard: {
        ...DEFAULT_CONFIG.upload.nationalStandard,
        idNumberCipher: { ...DEFAULT_CONFIG.upload.nationalStandard.idNumberCipher, enabled: des },
      },
    },
    ENDPOINT,
    { deviceKey, vault: vaultWith(secret), clock: systemClock },
  );

describe('adapter chosen by upload.platform', () => {
  it('builds the reference adapter under the device key id, without credentials', () => {
    const built = build('reference', null);
    expect(built.ok && built.value.keyId).toBe(deviceKey.keyId);
  });

  it('builds the national-standard adapter from the vault credentials, named by api_key', () => {
    const built = build('national-standard', '{"api_key":"K1","api_secret":"S1"}');
    expect(built.ok && built.value.keyId).toBe('K1');
  });

  it('refuses the national-standard adapter without credentials in the vault', () => {
    expect(build('national-standard', null)).toEqual({ ok: false, error: { kind: 'missing' } });
  });

  it('names the bad field of stored credentials, never its value', () => {
    const built = build('national-standard', '{"api_key":"","api_secret":"topsecret"}');
    expect(built).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(JSON.stringify(built)).toContain('api_key');
    expect(JSON.stringify(built)).not.toContain('topsecret');
  });

  it('asks for a des_key when the deployment encrypts ID numbers', () => {
    const built = build('national-standard', '{"api_key":"K1","api_secret":"S1"}', true);
    expect(built).toMatchObject({
      ok: false,
      error: { kind: 'invalid', detail: expect.stringContaining('des_key') },
    });
  });
});
