import type { Problem } from '../../../shared/problem';
import { READER_TEXT } from '../../../shared/i18n/catalog-reader';
import type { TransportError, TransportFailure } from '../transport/sam-link';
import { transportFailure } from '../transport/transport-failure';
import type { ParsedCard } from '../card/parse-card';

/** Why the loop lost its reader: the link's own failure, or a SAM that stopped answering. */
export type DisconnectReason = TransportFailure | 'unresponsive';

/** How long each step of one card read took, in ms. */
interface ReadTimings {
  readonly selectMs: number;
  readonly readMs: number;
  /** Null when the appended address was not asked for. */
  readonly appendedAddressMs: number | null;
  /** From the find that saw the card to the parsed card. */
  readonly totalMs: number;
}

/** One card read from one placement. */
export interface CardReadEvent {
  readonly type: 'card-read';
  /** The parsed card with its findings (a card that fails a check is still returned). */
  readonly parsed: ParsedCard;
  /** The photo block as the card holds it (WLT, or the emulator's simulation photo). */
  readonly photo: Uint8Array;
  /** Fingerprint templates; null when not asked for, empty when the card has none. */
  readonly fingerprint: Uint8Array | null;
  /** The latest appended address; null when not asked for or the card has none. */
  readonly appendedAddress: string | null;
  readonly timings: ReadTimings;
}

/** Everything the reader loop reports; switch on `type`. */
export type ReaderEvent =
  | { readonly type: 'connected'; readonly description: string; readonly samId: string }
  | { readonly type: 'disconnected'; readonly reason: DisconnectReason; readonly problem: Problem }
  | { readonly type: 'card-present' }
  | CardReadEvent
  | { readonly type: 'card-removed' }
  | { readonly type: 'error'; readonly problem: Problem };

/**
 * The `disconnected` event of a lost session: the link's own failure, or (a SAM that stopped
 * answering) the unresponsive problem. A link that closed itself without an error is still lost.
 */
export function disconnectedEvent(
  description: string,
  lost: TransportError | null | undefined,
  reason: DisconnectReason | null,
): ReaderEvent {
  const failure =
    lost ??
    (reason === 'unresponsive' ? null : transportFailure(reason ?? 'disconnected', description));
  const unresponsive = {
    code: 'reader.unresponsive',
    text: READER_TEXT['loop.unresponsive'],
    retryable: true,
  };
  return {
    type: 'disconnected',
    reason: failure?.reason ?? 'unresponsive',
    problem: failure ? failure.toProblem() : unresponsive,
  };
}
