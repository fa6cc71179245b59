/**
 * Pushes `device.status` whenever the device status changes, so no screen polls for it. The
 * status is re-read when something that feeds it happens (a reader event, a session state, a
 * command) and on a slow timer for what changes without an event (free disk, clock).
 */
import type { DeviceStatus } from '../../shared/kiosk-api/device-status';
import type { KioskEvent } from '../../shared/kiosk-api/events';
import type { Timers } from '../clock';

/** A running feed. */
export interface DeviceStatusFeed {
  /** Re-reads the status and emits it if it differs from the last one emitted. */
  check(): void;
  /** Stops the timer. */
  stop(): void;
}

/** How often the status is re-read without an event: free disk and the clock drift slowly. */
export const STATUS_RECHECK_MS = 30_000;

/**
 * Starts the feed: emits the current status at once, then every change. A status that cannot be
 * read (a store that cannot be measured) goes to `failed` and the last one stays: the feed runs on
 * a timer and after commands, where a throw would end the kiosk or replace a command's answer.
 */
export function startDeviceStatusFeed(
  read: () => DeviceStatus,
  emit: (event: KioskEvent) => void,
  timers: Timers,
  failed: (error: unknown) => void,
  recheckMs = STATUS_RECHECK_MS,
): DeviceStatusFeed {
  let last = '';
  let timer: unknown = null;
  let stopped = false;
  const check = () => {
    if (stopped) return;
    let status: DeviceStatus;
    try {
      status = read();
    } catch (error) {
      failed(error);
      return;
    }
    const key = JSON.stringify(status);
    if (key === last) return;
    last = key;
    emit({ name: 'device.status', payload: status });
  };
  const arm = () => {
    timer = timers.setTimeout(() => {
      check();
      if (!stopped) arm();
    }, recheckMs);
  };
  check();
  arm();
  return {
    check,
    stop() {
      stopped = true;
      if (timer !== null) timers.clearTimeout(timer);
    },
  };
}

/**
 * The same API, with the status re-read after every command: a login, a lock or a setting saved
 * changes what the console shows, and the change is pushed instead of waiting for the timer.
 */
export function checkAfterCommands<Api extends object>(api: Api, check: () => void): Api {
  const wrapped = { ...api } as Record<string, unknown>;
  for (const [name, value] of Object.entries(api)) {
    if (typeof value !== 'function' || name === 'subscribe' || name === 'authorize') continue;
    wrapped[name] = async (...args: unknown[]) => {
      try {
        return await (value as (...a: unknown[]) => Promise<unknown>).apply(api, args);
      } finally {
        check();
      }
    };
  }
  return wrapped as Api;
}
