/** The shape of one self-test check and its result: pass, warn, fail, or left to the UI. */
import type { LocalizedText } from '../../shared/i18n/locale';

/** How a check came out; `ui` means Node cannot check it (cameras) and the technician screen does. */
type CheckStatus = 'pass' | 'warn' | 'fail' | 'ui';

/** The result of one check: a status and a catalog text with its parameters. */
export interface CheckResult {
  readonly status: CheckStatus;
  readonly detail: LocalizedText;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** The checks, in the order the report lists them. */
export const CHECK_NAMES = [
  'identity',
  'reader',
  'camera',
  'models',
  'database',
  'disk',
  'clock',
  'endpoint',
  'vault',
] as const;

/** A check's name. */
export type CheckName = (typeof CHECK_NAMES)[number];

/** One line of the report, with the time the check took. */
export interface CheckReport extends CheckResult {
  readonly name: CheckName;
  readonly durationMs: number;
}
