import type { Clock } from '../../clock';
import type { parseCard } from '../card/parse-card';
import {
  readAppendedAddress,
  readBaseInfo,
  readBaseInfoWithFingerprint,
  SamStatusError,
  selectCard,
  type SamCommandRunner,
} from '../protocol';
import type { CardReadEvent } from './reader-events';

/** How a placement is read. */
export interface PlacementOptions {
  /** Read with fingerprint templates (30 10) instead of text + photo (30 01). */
  readonly readFingerprint: boolean;
  /** Also read the latest appended address (30 03). */
  readonly readAppendedAddress: boolean;
  readonly parse: typeof parseCard;
  readonly clock: Clock;
}

/** Selects and reads the card that find just reported, and parses it; `foundAtMs` is when find answered. */
export async function readPlacement(
  sam: SamCommandRunner,
  options: PlacementOptions,
  foundAtMs: number,
): Promise<CardReadEvent> {
  const { clock } = options;
  await selectCard(sam);
  const selectedAt = clock.now();
  const info = options.readFingerprint
    ? await readBaseInfoWithFingerprint(sam)
    : await readBaseInfo(sam);
  const readAt = clock.now();
  const appendedAddress = options.readAppendedAddress ? await readAppendedAddress(sam) : null;
  const doneAt = clock.now();
  return {
    type: 'card-read',
    parsed: options.parse(info.text, new Date(doneAt)),
    photo: info.photo,
    fingerprint: info.fingerprint,
    appendedAddress,
    timings: {
      selectMs: selectedAt - foundAtMs,
      readMs: readAt - selectedAt,
      appendedAddressMs: options.readAppendedAddress ? doneAt - readAt : null,
      totalMs: doneAt - foundAtMs,
    },
  };
}

/**
 * Whether the card that was read is still on the reader. After a read, find answers 80 both while
 * the halted card stays and once it is gone, so find cannot tell; select can: it succeeds on the
 * halted card still in the field (what Synjones/YinanSoft re-read code relies on) and fails (81)
 * once the card has left. Other failures (timeouts, link loss) propagate to the loop.
 */
export async function isCardStillPresent(sam: SamCommandRunner): Promise<boolean> {
  try {
    await selectCard(sam);
    return true;
  } catch (error) {
    if (error instanceof SamStatusError) return false;
    throw error;
  }
}
