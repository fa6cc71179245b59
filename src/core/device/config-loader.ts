/** Loads the configuration: defaults, then the site policy file, then local overrides, then (dev only) the environment. */
import { readFile } from 'node:fs/promises';
import { isJsonObject, type ConfigLayer, type JsonObject } from '../../shared/config/config-layers';
import { resolveConfig } from '../../shared/config/config-resolve';
import { CONFIG_VERSION, type KioskConfig } from '../../shared/config/config-schema';
import { fleetConfigLayer } from '../fleet/fleet-layer-file';
import { ConfigError } from './config-error';

/** Where the layers come from. A missing file is an empty layer; an unreadable or invalid one is an error. */
export interface ConfigSources {
  readonly sitePolicyPath?: string | null;
  readonly localPath?: string | null;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** A packaged build ignores the environment, so a kiosk cannot be reconfigured by its launcher. */
  readonly packaged: boolean;
}

/** Where the configuration layer files are (and where setup commands and the fleet agent save). */
export interface ConfigFiles {
  readonly sitePolicyPath: string | null;
  readonly localPath: string;
}

/** Prefix of environment overrides: `KIOSK_CONFIG__upload__endpoint=http://127.0.0.1:8080`. */
const ENV_PREFIX = 'KIOSK_CONFIG__';

/** Reads one layer file; null when it does not exist. */
export async function readLayerFile(path: string): Promise<ConfigLayer | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new ConfigError({
      kind: 'unreadable',
      source: path,
      detail: (error as NodeJS.ErrnoException).code ?? 'error',
    });
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new ConfigError({ kind: 'not-json', source: path });
  }
  if (!isJsonObject(document)) throw new ConfigError({ kind: 'not-json', source: path });
  return { source: path, document };
}

/** The environment overrides as a layer; values that parse as JSON are taken as JSON, others as strings. */
function environmentLayer(env: Readonly<Record<string, string | undefined>>): ConfigLayer | null {
  const document: JsonObject = { version: CONFIG_VERSION };
  let found = false;
  for (const [name, raw] of Object.entries(env)) {
    if (!name.startsWith(ENV_PREFIX) || raw === undefined) continue;
    const path = name.slice(ENV_PREFIX.length).split('__');
    const leaf = path.pop();
    if (!leaf || path.some((key) => key === '')) continue;
    let node = document;
    for (const key of path) {
      const next = isJsonObject(node[key]) ? (node[key] as JsonObject) : {};
      node[key] = next;
      node = next;
    }
    node[leaf] = parseEnvValue(raw);
    found = true;
  }
  return found ? { source: 'environment', document } : null;
}

function parseEnvValue(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** Loads and validates the configuration; throws ConfigError naming the file and field at fault. */
export async function loadConfig(sources: ConfigSources): Promise<KioskConfig> {
  const files = [sources.sitePolicyPath, sources.localPath].filter((path): path is string =>
    Boolean(path),
  );
  // The fleet's layer comes after the local overrides: a published change must reach kiosks whose
  // technician once set the same field locally (remote-config-gate limits what it may set).
  const fleet = sources.localPath ? fleetConfigLayer(sources.localPath) : null;
  const layers = (await Promise.all([...files.map(readLayerFile), fleet])).filter(
    (layer): layer is ConfigLayer => layer !== null && layer !== undefined,
  );
  const env = sources.packaged || !sources.env ? null : environmentLayer(sources.env);
  const result = resolveConfig(env ? [...layers, env] : layers);
  if (!result.ok) throw new ConfigError(result.error);
  return result.value;
}
