/** Self-test checks of what is on the device: identity, models, database, disk. */
import { statfs } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { DEVICE_TEXTS } from '../../shared/i18n/catalog-device';
import type { KioskConfig } from '../../shared/config/config-schema';
import { FaceModelError } from '../face/face-errors';
import { CalibrationError } from '../face/match/calibration';
import { loadBoundCalibration } from '../face/match/calibration-binding';
import { loadModelRegistry } from '../face/model-registry';
import { acceptanceOf, capacityLimitsFor, freeDiskLevel, measureCapacity } from '../store/capacity';
import type { CheckResult } from './selftest-check';

const MB = 1024 * 1024;

/** Identity: device id, point code and a device key (by its key id) are all present. */
export function checkIdentity(config: KioskConfig, keyId: string | null): CheckResult {
  const missing = [
    config.device.id ? null : 'device.id',
    config.device.pointCode ? null : 'device.pointCode',
    keyId ? null : 'device key',
  ].filter((item): item is string => item !== null);
  if (missing.length > 0)
    return {
      status: 'fail',
      detail: DEVICE_TEXTS.identityMissing,
      params: { missing: missing.join(', ') },
    };
  return {
    status: 'pass',
    detail: DEVICE_TEXTS.identityOk,
    params: {
      deviceId: config.device.id ?? '',
      pointCode: config.device.pointCode ?? '',
      keyId: keyId ?? '',
    },
  };
}

/**
 * Models: the manifest hashes are checked, every model loaded and warmed up, and the calibration
 * checked against the loaded models' hashes, as the kiosk does at start.
 */
export async function checkModels(modelsDir: string): Promise<CheckResult> {
  const started = performance.now();
  try {
    const registry = await loadModelRegistry(modelsDir, 1);
    const count = Object.keys(registry.manifest.models).length;
    await registry.close();
    await loadBoundCalibration(modelsDir);
    return {
      status: 'pass',
      detail: DEVICE_TEXTS.modelsOk,
      params: { count, loadMs: Math.round(performance.now() - started) },
    };
  } catch (error) {
    if (error instanceof CalibrationError)
      return { status: 'fail', detail: error.text, params: { code: error.code } };
    if (!(error instanceof FaceModelError)) throw error;
    return {
      status: 'fail',
      detail: DEVICE_TEXTS.modelsBad,
      params: { file: error.file, problem: error.problem },
    };
  }
}

/**
 * Database: `PRAGMA integrity_check` on the store, read-only so a check never changes it, then the
 * store's own capacity check: a store that would refuse new records fails, naming the limit.
 */
export function checkDatabase(storage: KioskConfig['storage']): CheckResult {
  const { dbPath } = storage;
  if (!existsSync(dbPath)) return { status: 'warn', detail: DEVICE_TEXTS.databaseMissing };
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare<[], { integrity_check: string }>('PRAGMA integrity_check').all();
    const detail = rows.map((row) => row.integrity_check).join('; ');
    if (detail !== 'ok')
      return {
        status: 'fail',
        detail: DEVICE_TEXTS.databaseBad,
        params: { detail: detail.slice(0, 200) },
      };
    const acceptance = acceptanceOf(measureCapacity(db, dbPath), capacityLimitsFor(storage));
    if (!acceptance.ok) return { status: 'fail', detail: acceptance.error.text };
    const records =
      db.prepare<[], { n: number }>('SELECT count(*) AS n FROM records').get()?.n ?? 0;
    return { status: 'pass', detail: DEVICE_TEXTS.databaseOk, params: { records } };
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'error';
    return { status: 'fail', detail: DEVICE_TEXTS.databaseBad, params: { detail: code } };
  } finally {
    db.close();
  }
}

/** Disk: free space where the database lives, judged by the store's own floor and warning level. */
export async function checkDisk(storage: KioskConfig['storage']): Promise<CheckResult> {
  let dir = dirname(storage.dbPath);
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  const stats = await statfs(dir);
  const free = stats.bavail * stats.bsize;
  const params = { freeMb: Math.floor(free / MB) };
  const level = freeDiskLevel(free, capacityLimitsFor(storage));
  if (level === 'floor') return { status: 'fail', detail: DEVICE_TEXTS.diskFloor, params };
  if (level === 'alarm') return { status: 'warn', detail: DEVICE_TEXTS.diskLow, params };
  return { status: 'pass', detail: DEVICE_TEXTS.diskOk, params };
}
