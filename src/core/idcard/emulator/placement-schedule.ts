import { silentLogger, type Logger } from '../../log/logger';
import { systemTimers, type Timers } from '../../clock';
import type { CardPlacement } from './card-placement';
import type { SamEmulator } from './sam-emulator';

/** When cards come and go on the emulated reader. */
export interface PlacementScheduleOptions {
  /** Delay before each card is placed. */
  readonly presentAfterMs: number;
  /** How long each card stays; null keeps the first card on the reader for good. */
  readonly removeAfterMs: number | null;
  readonly timers?: Timers;
  readonly logger?: Logger;
}

/**
 * Presents the cards in turn, as a queue of workers would: card 1 after `presentAfterMs`, lifted
 * after `removeAfterMs`, card 2 after another `presentAfterMs`, and so on round the list.
 */
export function startPlacementSchedule(
  emulator: SamEmulator,
  placements: readonly CardPlacement[],
  options: PlacementScheduleOptions,
): { stop(): void } {
  const timers = options.timers ?? systemTimers;
  const logger = options.logger ?? silentLogger;
  let timer: unknown = null;
  let index = 0;

  const present = () => {
    const placement = placements[index % placements.length];
    if (!placement) return;
    emulator.place(placement);
    logger.log('info', 'emulator.card-placed', { label: placement.label });
    if (options.removeAfterMs === null) return;
    timer = timers.setTimeout(() => {
      emulator.remove();
      logger.log('info', 'emulator.card-removed', { label: placement.label });
      index += 1;
      timer = timers.setTimeout(present, options.presentAfterMs);
    }, options.removeAfterMs);
  };

  timer = timers.setTimeout(present, options.presentAfterMs);
  return {
    stop() {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
    },
  };
}
