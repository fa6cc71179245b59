import { KioskError } from '../../kiosk-error';
import { SAM_MESSAGES } from '../../../shared/i18n/catalog-sam';

/** Why bytes on the link did not form a valid frame. */
export type FrameFault = 'bad-checksum' | 'bad-length' | 'oversize';

/** A malformed frame seen by a decoder; the decoder has already resynchronised past it. */
export class FrameError extends KioskError {
  constructor(
    readonly reason: FrameFault,
    /** The LEN field of the rejected frame. */
    readonly lengthField: number,
  ) {
    super(`frame.${reason}`, SAM_MESSAGES[`frame-${reason}`], true);
  }
}
