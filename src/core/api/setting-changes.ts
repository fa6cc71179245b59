/** What a settings patch changes, leaf by leaf, for the staff log's "setting changed" entries. */
import { isJsonObject, type JsonObject } from '../../shared/config/config-layers';

/** One changed setting: its dotted path and the value before and after (JSON text when not a scalar). */
export interface SettingChange {
  readonly setting: string;
  readonly from: string | number | boolean | null;
  readonly to: string | number | boolean | null;
}

const scalar = (value: unknown): SettingChange['from'] =>
  value === undefined
    ? null
    : typeof value === 'string' ||
        typeof value === 'number' ||
        typeof value === 'boolean' ||
        value === null
      ? value
      : JSON.stringify(value);

/** The settings `patch` would change in `before`; unchanged leaves are left out. */
export function settingChanges(before: unknown, patch: JsonObject, prefix = ''): SettingChange[] {
  return Object.entries(patch).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const old = isJsonObject(before) ? before[key] : undefined;
    if (isJsonObject(value)) return settingChanges(old, value, path);
    const from = scalar(old);
    const to = scalar(value);
    return from === to ? [] : [{ setting: path, from, to }];
  });
}
