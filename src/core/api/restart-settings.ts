/**
 * Which settings the running kiosk reads only at start (README "Configuration"), so that a change
 * to one waits for the next start, and which changes are waiting now. The list names the settings
 * read where used: a setting added later counts as read at start until someone checks.
 */
import type { JsonObject } from '../../shared/config/config-layers';
import type { KioskConfig } from '../../shared/config/config-schema';
import { settingChanges } from './setting-changes';

const READ_WHERE_USED = [
  'operator',
  'storage.minFreeBytes',
  'storage.warnFreeBytes',
  'upload.retentionDays',
  'upload.unackedAlarmDays',
  'printer.widthDots',
  'ui',
  'camera',
] as const;

/** Whether a change to `setting` (a dotted path, or a vault secret's name) waits for the next start. */
export function readAtStart(setting: string): boolean {
  return !READ_WHERE_USED.some((live) => setting === live || setting.startsWith(`${live}.`));
}

/** The settings read at start whose value in force differs from the one the kiosk started with. */
export function waitingForRestart(started: KioskConfig, current: KioskConfig): string[] {
  return settingChanges(started, current as unknown as JsonObject)
    .map((change) => change.setting)
    .filter(readAtStart);
}
