// The remote configuration layer on disk, beside the local overrides file: `kiosk.json` has
// `kiosk.fleet.json` (in force) and `kiosk.fleet.previous.json` (the one before, for rollback).
// Each holds `{ fleetVersion, document }`; the loader layers `document` after the local overrides.
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { isJsonObject, type ConfigLayer, type JsonObject } from '../../shared/config/config-layers';

/** A fleet layer as stored: the published version and its configuration layer. */
export interface StoredFleetLayer {
  readonly fleetVersion: number;
  readonly document: JsonObject;
}

/** The fleet layer files that belong to a local overrides file. */
export function fleetLayerPaths(localPath: string): { current: string; previous: string } {
  const base = localPath.replace(/\.json$/, '');
  return { current: `${base}.fleet.json`, previous: `${base}.fleet.previous.json` };
}

/** Reads a stored fleet layer; null when absent or not in the stored form (a broken file is no layer). */
export async function readFleetLayer(path: string): Promise<StoredFleetLayer | null> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return null;
  }
  if (!isJsonObject(parsed) || !isJsonObject(parsed.document)) return null;
  const { fleetVersion } = parsed;
  if (typeof fleetVersion !== 'number' || !Number.isInteger(fleetVersion)) return null;
  return { fleetVersion, document: parsed.document };
}

/** The fleet layer in force as a configuration layer, or null. */
export async function fleetConfigLayer(localPath: string): Promise<ConfigLayer | null> {
  const { current } = fleetLayerPaths(localPath);
  const stored = await readFleetLayer(current);
  return stored
    ? { source: `${current} (fleet v${stored.fleetVersion})`, document: stored.document }
    : null;
}

async function writeAtomically(path: string, content: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, content, { mode: 0o600 });
  await rename(temporary, path);
}

/** Puts `next` in force and keeps the layer it replaces as the previous one. */
export async function commitFleetLayer(localPath: string, next: StoredFleetLayer): Promise<void> {
  const paths = fleetLayerPaths(localPath);
  const current = await readFleetLayer(paths.current);
  if (current) await writeAtomically(paths.previous, `${JSON.stringify(current, null, 2)}\n`);
  else await rm(paths.previous, { force: true });
  await writeAtomically(paths.current, `${JSON.stringify(next, null, 2)}\n`);
}

/** Puts the previous layer back in force (none, if there was none); returns it. */
export async function rollBackFleetLayer(localPath: string): Promise<StoredFleetLayer | null> {
  const paths = fleetLayerPaths(localPath);
  const previous = await readFleetLayer(paths.previous);
  if (previous) await writeAtomically(paths.current, `${JSON.stringify(previous, null, 2)}\n`);
  else await rm(paths.current, { force: true });
  await rm(paths.previous, { force: true });
  return previous;
}
