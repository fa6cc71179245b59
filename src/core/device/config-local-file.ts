/** Saves technician changes (setup commands) into the local overrides file, never a half-written or invalid one. */
import { rename, writeFile } from 'node:fs/promises';
import { mergeLayer, type JsonObject } from '../../shared/config/config-layers';
import { resolveConfig } from '../../shared/config/config-resolve';
import { CONFIG_VERSION, type KioskConfig } from '../../shared/config/config-schema';
import { upgradeLayer } from '../../shared/config/config-upgrade';
import { fleetConfigLayer } from '../fleet/fleet-layer-file';
import { ConfigError } from './config-error';
import { readLayerFile } from './config-loader';

/**
 * Merges `patch` into the local overrides file and returns the new configuration. The whole
 * result (site policy included) is validated first, and the file is replaced atomically.
 */
export async function updateLocalConfig(
  paths: { readonly sitePolicyPath?: string | null; readonly localPath: string },
  patch: JsonObject,
): Promise<KioskConfig> {
  const site = paths.sitePolicyPath ? await readLayerFile(paths.sitePolicyPath) : null;
  const local = await readLayerFile(paths.localPath);
  let current: JsonObject = { version: CONFIG_VERSION };
  if (local) {
    const upgraded = upgradeLayer(local.document);
    if (!upgraded.ok)
      throw new ConfigError({ kind: 'upgrade', source: local.source, failure: upgraded.error });
    current = upgraded.value;
  }
  const next = mergeLayer(current, { ...patch, version: CONFIG_VERSION });
  const fleet = await fleetConfigLayer(paths.localPath);
  const layers = [
    ...(site ? [site] : []),
    { source: paths.localPath, document: next },
    ...(fleet ? [fleet] : []),
  ];
  const result = resolveConfig(layers);
  if (!result.ok) throw new ConfigError(result.error);
  const temporary = `${paths.localPath}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(next, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, paths.localPath);
  return result.value;
}
