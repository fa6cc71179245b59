import { describe, expect, it } from 'vitest';
import {
  checkRemoteLayer,
  settingPaths,
  siteAllowsRemoteIdentity,
} from '../../../src/shared/config/remote-config-gate';

describe('remote configuration gate', () => {
  it('lists the leaves a layer sets, arrays as leaves, without the version', () => {
    expect(
      settingPaths({ version: 1, upload: { endpoint: 'x' }, operator: { accounts: [] } }),
    ).toEqual(['upload.endpoint', 'operator.accounts']);
  });

  it('lets the fleet change the upload endpoint, timeouts and screen settings', () => {
    const layer = {
      version: 1,
      upload: { endpoint: 'https://p.example/' },
      capture: { timeoutsMs: { card: 40_000 } },
      ui: { volume: 0.5 },
    };
    expect(checkRemoteLayer(layer, false).ok).toBe(true);
  });

  it('refuses identity-assurance settings unless the site allows them', () => {
    const layer = { version: 1, face: { operatingPoint: 'far-1e-3' } };
    expect(checkRemoteLayer(layer, false)).toEqual({
      ok: false,
      error: { field: 'face.operatingPoint', kind: 'identity-assurance' },
    });
    expect(checkRemoteLayer(layer, true).ok).toBe(true);
    expect(
      checkRemoteLayer({ capture: { operatorVerification: { allowed: true } } }, false).ok,
    ).toBe(false);
  });

  it('never lets the fleet change identity, keys, storage paths, simulation or its own section', () => {
    for (const layer of [
      { device: { id: 'K-1' } },
      { fleet: { remoteIdentityAssurance: true } },
      { fleet: { publicKey: 'AAAA' } },
      { storage: { dbPath: '/tmp/x.db' } },
      { reader: { allowSimulation: true } },
      { operator: { accounts: [] } },
      { capture: { transmit: 'both' } },
      { somethingNew: { x: 1 } },
    ]) {
      expect(checkRemoteLayer(layer, true)).toMatchObject({
        ok: false,
        error: { kind: 'local-only' },
      });
    }
  });

  it('reads the allowance from the site policy only when it is exactly true', () => {
    expect(siteAllowsRemoteIdentity({ fleet: { remoteIdentityAssurance: true } })).toBe(true);
    expect(siteAllowsRemoteIdentity({ fleet: { remoteIdentityAssurance: 'yes' } })).toBe(false);
    expect(siteAllowsRemoteIdentity(null)).toBe(false);
  });
});
