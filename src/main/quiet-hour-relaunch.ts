/** A daily relaunch at a quiet hour: a kiosk that runs for months should start fresh now and then. */
import type { App } from 'electron';
import type { Logger } from '../core/log/logger';

/** Milliseconds from `now` to the next local `HH:MM` (strictly in the future). */
export function msUntilNext(time: string, now: Date): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new RangeError(`Not a HH:MM time: ${time}`);
  const next = new Date(now);
  next.setHours(Number(match[1]), Number(match[2]), 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next.getTime() - now.getTime();
}

/** When the relaunch may happen; a session in progress postpones it by `retryMs`. */
export interface RelaunchOptions {
  readonly time: string;
  readonly isBusy: () => boolean;
  readonly retryMs?: number;
}

/** Schedules the relaunch; returns the function that cancels it. */
export function scheduleQuietHourRelaunch(
  app: Pick<App, 'relaunch' | 'exit'>,
  options: RelaunchOptions,
  logger: Logger,
): () => void {
  let timer: NodeJS.Timeout;
  const arm = (delayMs: number) => {
    timer = setTimeout(() => {
      if (options.isBusy()) return arm(options.retryMs ?? 60_000);
      logger.log('info', 'main.relaunch', { cause: 'quiet-hour' });
      app.relaunch();
      app.exit(0);
    }, delayMs);
  };
  arm(msUntilNext(options.time, new Date()));
  return () => clearTimeout(timer);
}
