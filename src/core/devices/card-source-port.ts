/**
 * The reader loop as the capture session sees it: card events in order, the photo decoded before
 * the card is handed on (a photo that does not decode closes the face path, not the session).
 */
import type { DeviceStatus } from '../../shared/kiosk-api/device-status';
import type { CardSource, CardSourceEvent, SessionCard } from '../capture/ports';
import type { CardReadEvent, ReaderEvent } from '../idcard/reader/reader-events';
import type { Logger } from '../log/logger';
import type { CardPhotoDecoder } from '../photo/card-photo-decoder';
import { KioskError } from '../kiosk-error';
import { assertNever } from '../../shared/result';
import { rgbToJpeg } from './frame-image';
import { Listeners } from '../../shared/listeners';

/** What the port needs of the reader loop. */
export interface ReaderEvents {
  on(listener: (event: ReaderEvent) => void): () => void;
}

/** The card source and the reader's health for the operator console. */
export interface CardSourcePort {
  readonly source: CardSource;
  readonly status: () => DeviceStatus['reader'];
  /** Stops listening to the reader. */
  readonly detach: () => void;
}

async function sessionCardOf(
  read: CardReadEvent,
  decoder: CardPhotoDecoder,
  logger: Logger,
): Promise<SessionCard> {
  try {
    const photo = await decoder.decode(read.photo);
    const preview = `data:image/jpeg;base64,${(await rgbToJpeg(photo, 80)).toString('base64')}`;
    return { card: read.parsed.card, photo, photoPreview: preview };
  } catch (error) {
    const code = error instanceof KioskError ? error.code : 'error';
    logger.log('warn', 'kiosk.card-photo-undecoded', { code });
    return { card: read.parsed.card, photo: null, photoPreview: null };
  }
}

/** Adapts the reader loop; events reach the session in the order the reader emitted them. */
export function cardSourcePort(
  reader: ReaderEvents,
  decoder: CardPhotoDecoder,
  logger: Logger,
): CardSourcePort {
  // A listener that throws must not break the delivery chain for the events after it.
  const listeners = new Listeners<CardSourceEvent>((error) =>
    logger.log('error', 'kiosk.card-listener-failed', { error: String(error) }),
  );
  let status: DeviceStatus['reader'] = { state: 'disconnected', samId: null };
  // Decoding is async; chaining keeps a removal from overtaking the read it follows.
  let delivered: Promise<void> = Promise.resolve();
  const deliver = (event: () => Promise<CardSourceEvent> | CardSourceEvent) => {
    delivered = delivered.then(async () => {
      const ready = await event();
      listeners.emit(ready);
    });
  };
  const detach = reader.on((event) => {
    switch (event.type) {
      case 'connected':
        status = { state: 'connected', samId: event.samId };
        return;
      case 'disconnected':
        status = { state: 'disconnected', samId: null };
        return;
      case 'error':
        logger.log('warn', 'kiosk.reader-error', { code: event.problem.code });
        return;
      case 'card-present':
      case 'card-removed':
        return deliver(() => ({ type: event.type }));
      case 'card-read':
        return deliver(async () => ({
          type: 'card-read',
          card: await sessionCardOf(event, decoder, logger),
        }));
      default:
        return assertNever(event, 'reader event');
    }
  });
  return {
    source: {
      on: (listener) => listeners.add(listener),
    },
    status: () => status,
    detach,
  };
}
