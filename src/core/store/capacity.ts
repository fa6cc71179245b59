// Capacity alarms and the floor below which new captures are refused. Checked before a record is
// written, so a refusal never leaves half a record behind.
import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database } from 'better-sqlite3';
import { KioskError } from '../kiosk-error';
import { localize, type LocalizedText } from '../../shared/i18n/locale';
import { RECORD_TEXTS } from '../../shared/i18n/catalog-records';
import { err, ok, type Result } from '../../shared/result';
import { DEFAULT_CONFIG } from '../../shared/config/config-defaults';
import type { KioskConfig } from '../../shared/config/config-schema';

/** A measured quantity with its alarm and floor; for free disk, lower is worse. */
interface CapacityLimit {
  readonly alarm: number;
  readonly floor: number;
}

/** Limits on records awaiting acknowledgement, database bytes, and free disk bytes. */
export interface CapacityLimits {
  readonly unackedRecords: CapacityLimit;
  readonly databaseBytes: CapacityLimit;
  readonly freeDiskBytes: CapacityLimit;
}

const MB = 1024 * 1024;

/** Limits for a kiosk with a few GB of storage, its free-disk floor and warning from `storage` (as the screen and self-test judge the disk). */
export function capacityLimitsFor(
  storage: Pick<KioskConfig['storage'], 'minFreeBytes' | 'warnFreeBytes'>,
): CapacityLimits {
  return {
    unackedRecords: { alarm: 5_000, floor: 20_000 },
    databaseBytes: { alarm: 1_536 * MB, floor: 2_048 * MB },
    freeDiskBytes: { alarm: storage.warnFreeBytes, floor: storage.minFreeBytes },
  };
}

/** The limits under the default configuration. */
export const DEFAULT_CAPACITY_LIMITS = capacityLimitsFor(DEFAULT_CONFIG.storage);

/** Which limit an alarm or refusal concerns. */
type CapacityKind = 'records' | 'bytes' | 'disk';

/** A capacity warning or refusal, with the text an operator reads. */
export interface CapacityAlarm {
  readonly kind: CapacityKind;
  readonly level: 'alarm' | 'floor';
  readonly text: LocalizedText;
}

/** The figures the alarms are computed from. */
export interface CapacityUsage {
  readonly unackedRecords: number;
  readonly databaseBytes: number;
  readonly freeDiskBytes: number;
}

/** A new capture refused because the store is at a floor; nothing was written. */
export class CaptureRefusedError extends KioskError {
  constructor(readonly alarm: CapacityAlarm) {
    super(`store-floor-${alarm.kind}`, alarm.text, true);
  }
}

/** Free bytes for an unprivileged writer on the file system holding `file`. */
export function freeDiskBytesOf(file: string): number {
  const stats = statfsSync(dirname(file));
  return stats.bavail * stats.bsize;
}

/** Measures the store: records not yet acknowledged, database pages in use, free disk. */
export function measureCapacity(
  db: Database,
  file: string,
  freeDiskBytes = freeDiskBytesOf,
): CapacityUsage {
  const unacked = db
    .prepare<[], { n: number }>(
      "SELECT COUNT(*) AS n FROM outbox WHERE state IN ('pending', 'sending', 'quarantined')",
    )
    .get();
  const pages =
    (db.pragma('page_count', { simple: true }) as number) *
    (db.pragma('page_size', { simple: true }) as number);
  return {
    unackedRecords: unacked?.n ?? 0,
    databaseBytes: pages,
    freeDiskBytes: freeDiskBytes(file),
  };
}

type Level = CapacityAlarm['level'];

const TEXTS: Record<CapacityKind, Record<Level, LocalizedText>> = {
  records: { floor: RECORD_TEXTS.storeFloorRecords, alarm: RECORD_TEXTS.storeAlarmRecords },
  bytes: { floor: RECORD_TEXTS.storeFloorBytes, alarm: RECORD_TEXTS.storeAlarmBytes },
  disk: { floor: RECORD_TEXTS.storeFloorDisk, alarm: RECORD_TEXTS.storeAlarmDisk },
};

function levelOf(value: number, limit: CapacityLimit, higherIsWorse: boolean): Level | null {
  const reached = (threshold: number) => (higherIsWorse ? value >= threshold : value <= threshold);
  if (reached(limit.floor)) return 'floor';
  return reached(limit.alarm) ? 'alarm' : null;
}

/** Where `freeBytes` of free disk stands against the free-disk floor and warning of `limits`. */
export function freeDiskLevel(freeBytes: number, limits: CapacityLimits): Level | null {
  return levelOf(freeBytes, limits.freeDiskBytes, false);
}

/** The alarms raised by `usage` under `limits`, floors first. */
export function assessCapacity(usage: CapacityUsage, limits: CapacityLimits): CapacityAlarm[] {
  const measured: [CapacityKind, Level | null, Record<string, number>][] = [
    [
      'records',
      levelOf(usage.unackedRecords, limits.unackedRecords, true),
      { count: usage.unackedRecords },
    ],
    [
      'bytes',
      levelOf(usage.databaseBytes, limits.databaseBytes, true),
      { megabytes: Math.round(usage.databaseBytes / MB) },
    ],
    [
      'disk',
      freeDiskLevel(usage.freeDiskBytes, limits),
      { megabytes: Math.round(usage.freeDiskBytes / MB) },
    ],
  ];
  const alarms = measured.flatMap(([kind, level, params]) =>
    level ? [{ kind, level, text: localize(TEXTS[kind][level], params) }] : [],
  );
  return [
    ...alarms.filter((alarm) => alarm.level === 'floor'),
    ...alarms.filter((alarm) => alarm.level === 'alarm'),
  ];
}

/**
 * Whether the store takes a new record at `usage` under `limits`: the one check every append makes,
 * also asked before a capture starts; the floor reached (the first, when several are) when not.
 */
export function acceptanceOf(
  usage: CapacityUsage,
  limits: CapacityLimits,
): Result<void, CapacityAlarm> {
  return acceptanceByAlarms(assessCapacity(usage, limits));
}

/** The same answer from alarms already assessed (a store's `capacity()`), without measuring again. */
export function acceptanceByAlarms(alarms: readonly CapacityAlarm[]): Result<void, CapacityAlarm> {
  const floor = alarms.find((alarm) => alarm.level === 'floor');
  return floor ? err(floor) : ok(undefined);
}

/** Throws CaptureRefusedError when any floor is reached. */
export function assertAboveFloor(usage: CapacityUsage, limits: CapacityLimits): void {
  const acceptance = acceptanceOf(usage, limits);
  if (!acceptance.ok) throw new CaptureRefusedError(acceptance.error);
}
