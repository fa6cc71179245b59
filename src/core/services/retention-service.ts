/**
 * Retention in the running kiosk: purges at start and every hour, and raises an alarm when a
 * record has waited for the platform's acknowledgement longer than the configured maximum (such
 * records are never purged: the alarm is the only thing age does to them). Both periods are read
 * from the configuration in force at each run, so a fleet or setup change applies without restart.
 */
import { LIFECYCLE_TEXTS } from '../../shared/i18n/catalog-lifecycle';
import { localize } from '../../shared/i18n/locale';
import type { Alarm } from '../../shared/kiosk-api/device-status';
import type { UploadSettings } from '../../shared/config/upload-platform-schema';
import type { KioskEvent } from '../../shared/kiosk-api/events';
import { DAY_MS, type Clock, type Timers } from '../clock';
import { KioskError } from '../kiosk-error';
import type { Logger } from '../log/logger';
import type { RecordStore } from '../store/record-store';
import type { PurgeReport } from '../store/retention';

/** How often the purge runs in a running kiosk. */
export const PURGE_INTERVAL_MS = 3_600_000;

/** How long acknowledged payloads are kept, and how long a record may wait for acknowledgement before the alarm. */
type RetentionSettings = Pick<UploadSettings, 'retentionDays' | 'unackedAlarmDays'>;

/** The retention side of a running kiosk. */
export interface RetentionService {
  /** Purges now and checks the unacknowledged age; null when the store failed (logged). */
  runNow(): PurgeReport | null;
  /** The alarm about records waiting too long for acknowledgement, or null. */
  unackedAlarm(): Alarm | null;
  /** The periods the next purge and alarm check go by. */
  inForce(): RetentionSettings;
  stop(): void;
}

/** What the retention service needs. */
export interface RetentionServiceOptions {
  readonly store: Pick<RecordStore, 'purgeExpired' | 'oldestUnacknowledgedAtMs'>;
  /** The retention periods in force now (the kiosk's live configuration). */
  readonly settings: () => RetentionSettings;
  readonly clock: Clock;
  readonly timers: Timers;
  readonly logger: Logger;
  readonly emit: (event: KioskEvent) => void;
}

/** Starts retention: one run now, then one every PURGE_INTERVAL_MS until stopped. */
export function startRetentionService(options: RetentionServiceOptions): RetentionService {
  const { store, clock, timers, logger } = options;
  let handle: unknown = null;

  const unackedAlarm = (): Alarm | null => {
    const oldest = store.oldestUnacknowledgedAtMs();
    if (oldest === null) return null;
    const days = Math.floor((clock.now() - oldest) / DAY_MS);
    if (days < options.settings().unackedAlarmDays) return null;
    return {
      code: 'records.unacked-too-old',
      severity: 'critical',
      text: localize(LIFECYCLE_TEXTS.unackedTooOld, { days }),
      atMs: clock.now(),
    };
  };

  const runNow = (): PurgeReport | null => {
    try {
      const report = store.purgeExpired(options.settings().retentionDays * DAY_MS);
      logger.log('info', 'retention.purged', { ...report });
      const alarm = unackedAlarm();
      if (alarm) options.emit({ name: 'alarm', payload: alarm });
      return report;
    } catch (error) {
      // A full or busy disk: nothing was purged (one transaction); the next hour tries again.
      if (!(error instanceof KioskError)) throw error;
      logger.log('error', 'retention.failed', { code: error.code });
      return null;
    }
  };

  const schedule = () => {
    handle = timers.setTimeout(() => {
      runNow();
      schedule();
    }, PURGE_INTERVAL_MS);
  };
  runNow();
  schedule();
  return {
    runNow,
    unackedAlarm,
    inForce: () => {
      const { retentionDays, unackedAlarmDays } = options.settings();
      return { retentionDays, unackedAlarmDays };
    },
    stop: () => timers.clearTimeout(handle),
  };
}
