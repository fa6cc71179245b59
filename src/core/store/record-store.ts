// The record store: one SQLite file holding the signed, sealed record log, its outbox and audit
// trail. This is what the capture session and the uploader are given.
import type { Database } from 'better-sqlite3';
import { systemClock, type Clock } from '../clock';
import type { DeviceKey } from '../device/device-key';
import type { KeyVault } from '../device/key-vault';
import type { LogReport } from '../records/log-verifier';
import type { RecordDraft } from '../records/record-schema';
import type { OutboxPort } from '../upload/outbox-port';
import { listAudit, type AuditEntry } from './audit-log';
import {
  acceptanceOf,
  assertAboveFloor,
  assessCapacity,
  DEFAULT_CAPACITY_LIMITS,
  freeDiskBytesOf,
  measureCapacity,
  type CapacityAlarm,
  type CapacityLimits,
  type CapacityUsage,
} from './capacity';
import { createDataKeyRing, ensureDataKey } from './data-keys';
import { openStoreDatabase } from './database';
import { createOutbox } from './outbox';
import { listQuarantined } from './quarantine-list';
import { resolveQuarantined, type QuarantineDecision } from './quarantine-review';
import { createGroupCommitter } from './group-commit';
import { createRecordWriter, type AppendedRecord } from './record-writer';
import type { QuarantinedRecord } from '../../shared/kiosk-api/records-commands';
import {
  oldestUnacknowledgedAtMs,
  purgeAcknowledged,
  reclaimFreePages,
  type PurgeReport,
} from './retention';
import { verifyStoredLog } from './stored-log-verifier';
import { asStoreError, withStoreErrors } from './store-error';
import type { Result } from '../../shared/result';

/** How to open a record store. */
export interface RecordStoreOptions {
  readonly file: string;
  readonly vault: KeyVault;
  readonly deviceKey: DeviceKey;
  readonly clock?: Clock;
  /** The limits in force, read at each append and capacity check (default: DEFAULT_CAPACITY_LIMITS). */
  readonly limits?: () => CapacityLimits;
  /** Free-disk probe; tests replace it to reach the floor without filling a disk. */
  readonly freeDiskBytes?: (file: string) => number;
}

/** The record store's operations. */
export interface RecordStore {
  /** Links, signs, seals and commits a record with its outbox row and audit entry; returns after the commit is durable. */
  appendRecord(draft: RecordDraft): AppendedRecord;
  /** Appends several records in one transaction (one fsync); one outcome per draft, after the commit. */
  appendRecords(drafts: readonly RecordDraft[]): Result<AppendedRecord, unknown>[];
  /** Group commit: resolves once the transaction holding this record is durable. */
  commitRecord(draft: RecordDraft): Promise<AppendedRecord>;
  /** The uploader's view. */
  readonly outbox: OutboxPort;
  /** Current usage and the alarms it raises. */
  capacity(): { readonly usage: CapacityUsage; readonly alarms: CapacityAlarm[] };
  /** Whether a new record would be taken now (the check each append makes); the floor reached when not. */
  canAccept(): Result<void, CapacityAlarm>;
  /** Purges payloads acknowledged at least `retentionMs` ago, then reclaims the freed space. */
  purgeExpired(retentionMs: number): PurgeReport;
  /** When the oldest record not yet acknowledged by the platform was captured; null when none waits. */
  oldestUnacknowledgedAtMs(): number | null;
  /** The records the platform refused for good, oldest first, with masked card numbers. */
  quarantined(): QuarantinedRecord[];
  /** An operator's decision on a quarantined record; false when it is not (or no longer) quarantined. */
  resolveQuarantined(recordId: string, operatorId: string, decision: QuarantineDecision): boolean;
  /** Verifies the chain and every signature. */
  verifyLog(): LogReport;
  /** The audit trail, for one record or all. */
  auditTrail(recordId?: string): AuditEntry[];
  /** The underlying connection, for migrations tests and diagnostics. */
  readonly db: Database;
  close(): void;
}

/** Opens (creating and migrating if needed) the record store. */
export function openRecordStore(options: RecordStoreOptions): RecordStore {
  const { file, vault, deviceKey, clock = systemClock } = options;
  const limits = options.limits ?? (() => DEFAULT_CAPACITY_LIMITS);
  const freeDisk = options.freeDiskBytes ?? freeDiskBytesOf;
  const db = openStoreDatabase(file);
  try {
    withStoreErrors(() => ensureDataKey(db, vault, clock.now()));
  } catch (error) {
    db.close();
    throw error;
  }
  const keys = createDataKeyRing(db, vault);
  const writer = createRecordWriter({ db, keys, deviceKey, clock });
  const usage = () => withStoreErrors(() => measureCapacity(db, file, freeDisk));
  const appendRecords = (drafts: readonly RecordDraft[]) => {
    assertAboveFloor(usage(), limits());
    return withStoreErrors(() => writer.appendBatch(drafts)).map((outcome) =>
      outcome.ok ? outcome : { ok: false as const, error: asStoreError(outcome.error) },
    );
  };
  const group = createGroupCommitter(appendRecords);
  return {
    db,
    outbox: createOutbox(db, keys, clock),
    appendRecord(draft) {
      assertAboveFloor(usage(), limits());
      return withStoreErrors(() => writer.append(draft));
    },
    appendRecords,
    commitRecord: (draft) => group.commit(draft),
    capacity() {
      const current = usage();
      return { usage: current, alarms: assessCapacity(current, limits()) };
    },
    canAccept: () => acceptanceOf(usage(), limits()),
    purgeExpired: (retentionMs) =>
      withStoreErrors(() => {
        const purged = purgeAcknowledged(db, clock.now(), retentionMs);
        // Nothing freed, nothing to hand back: skip the checkpoint an idle hourly run would cost.
        return { purged, reclaimedBytes: purged > 0 ? reclaimFreePages(db) : 0 };
      }),
    oldestUnacknowledgedAtMs: () => withStoreErrors(() => oldestUnacknowledgedAtMs(db)),
    quarantined: () => withStoreErrors(() => listQuarantined(db, keys)),
    resolveQuarantined: (recordId, operatorId, decision) =>
      withStoreErrors(() => resolveQuarantined(db, recordId, operatorId, clock.now(), decision)),
    verifyLog: () => verifyStoredLog(db, vault),
    auditTrail: (recordId) => listAudit(db, recordId),
    close: () => db.close(),
  };
}
