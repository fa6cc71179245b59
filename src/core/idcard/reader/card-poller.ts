import { KioskError } from '../../kiosk-error';
import { findCard, SamClosedError, SamTimeoutError, type SamCommandRunner } from '../protocol';
import { TransportError } from '../transport/sam-link';
import { isCardStillPresent, readPlacement, type PlacementOptions } from './card-placement';
import type { DisconnectReason, ReaderEvent } from './reader-events';

/** What one poller needs besides the SAM. */
export interface PollerOptions extends PlacementOptions {
  /** Consecutive timeouts after which the SAM counts as gone. */
  readonly unresponsiveAfter: number;
  readonly emit: (event: ReaderEvent) => void;
}

/**
 * One poll step of a connected reader, with the placement state between steps. Without a card:
 * find; on 9F, select + read + parse and report it, then hold. While holding: re-select to see
 * whether the card is still there (see isCardStillPresent); a held card is never read again, so a
 * placement is reported once. A read that fails half-way (card moved) reports an error and goes
 * back to finding, so a card that stays is read on the next poll.
 */
export class CardPoller {
  #holding = false;
  #timeouts = 0;
  #lastErrorCode: string | null = null;

  constructor(
    private readonly sam: SamCommandRunner,
    private readonly options: PollerOptions,
  ) {}

  /** Runs one step; resolves to a reason when the reader is lost, null otherwise. Never throws a typed error. */
  async poll(): Promise<DisconnectReason | null> {
    try {
      await (this.#holding ? this.#checkRemoval() : this.#find());
      this.#timeouts = 0;
      this.#lastErrorCode = null;
      return null;
    } catch (error) {
      if (error instanceof TransportError) return error.reason;
      if (error instanceof SamClosedError) return 'disconnected';
      if (!(error instanceof KioskError)) throw error;
      if (error instanceof SamTimeoutError && ++this.#timeouts >= this.options.unresponsiveAfter) {
        return 'unresponsive';
      }
      // One report per run of the same failure: a slow SAM must not flood the operator console.
      if (error.code !== this.#lastErrorCode)
        this.options.emit({ type: 'error', problem: error.toProblem() });
      this.#lastErrorCode = error.code;
      return null;
    }
  }

  async #find(): Promise<void> {
    const foundAt = this.options.clock.now();
    const found = await findCard(this.sam);
    if (!found.found) return;
    this.options.emit({ type: 'card-present' });
    const read = await readPlacement(this.sam, this.options, foundAt);
    this.#holding = true;
    this.options.emit(read);
  }

  async #checkRemoval(): Promise<void> {
    if (await isCardStillPresent(this.sam)) return;
    this.#holding = false;
    this.options.emit({ type: 'card-removed' });
  }
}
