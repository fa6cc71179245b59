// `kiosk read-card`: the technician's one-shot read over a serial port (a real reader or a pty).
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { parseCard } from '../../core/idcard/card/parse-card';
import type { SamBaudRate } from '../../core/idcard/protocol';
import { describeCardRead } from '../../core/idcard/reader/card-read-text';
import type { CardReadEvent } from '../../core/idcard/reader/reader-events';
import { ReaderLoop } from '../../core/idcard/reader/reader-loop';
import {
  createSerialTransport,
  SERIAL_BAUD_RATES,
} from '../../core/idcard/transport/serial-transport';
import { KioskError } from '../../core/kiosk-error';
import { CardPhotoError } from '../../core/photo/card-photo-error';
import { selectPhotoDecoder } from '../../core/photo/select-photo-decoder';
import { isSimulationSlot } from '../../core/photo/simulation-codec';
import { READER_TEXT } from '../../shared/i18n/catalog-reader';
import { localize, type LocalizedText } from '../../shared/i18n/locale';
import { UsageError, type CliCommand } from '../command';

/** Exit codes of read-card, as documented in its usage. */
export const READ_CARD_EXIT = { read: 0, unavailable: 3, noCard: 4, photo: 5 } as const;

const usage = `Usage: kiosk read-card --port P [--baud B] [--json] [--photo-out FILE] [--timeout-ms N]
                       [--allow-simulation] [--wlt-library PATH] [--fingerprint] [--address]

Waits for a card on the reader at serial port P, reads it once and prints every field IN FULL
(ID number unmasked: this is a technician's diagnostic tool; do not run it where others can see)
with the findings of the card checks.
  --baud B             UART rate: 115200 (default), 57600, 38400, 19200 or 9600
  --json               print one JSON object instead of text
  --photo-out FILE     write the decoded card photo as PNG
  --timeout-ms N       give up when no card was read within N ms (default 30000)
  --allow-simulation   accept the emulator's simulation photo codec (tests and demo only)
  --wlt-library PATH   the reader vendor's WLT decoder library (unpack), for real cards' photos
  --fingerprint        read with fingerprint templates (30 10)
  --address            also read the latest appended address (30 03)
Exit codes: 0 card read (even with findings), 2 usage, 3 reader unavailable (port missing, no
permission, no SAM answer), 4 no card within the timeout, 5 photo not decodable or not writable.`;

const say = (text: LocalizedText): void =>
  void process.stderr.write(`${text['zh-CN']}\n${text.en}\n`);

function parseBaud(text: string | undefined): SamBaudRate {
  const baud = Number(text ?? 115200);
  const known = SERIAL_BAUD_RATES.find((rate) => rate === baud);
  if (!known)
    throw new UsageError(`--baud must be one of ${SERIAL_BAUD_RATES.join(', ')}, not ${text}`);
  return known;
}

/** Waits for the first card read; resolves to it, or to the exit code of the failure. */
function waitForCard(loop: ReaderLoop, timeoutMs: number): Promise<CardReadEvent | number> {
  return new Promise((resolve) => {
    let connected = false;
    const timer = setTimeout(() => {
      say(localize(READER_TEXT['read-card.timeout'], { seconds: Math.round(timeoutMs / 1000) }));
      resolve(READ_CARD_EXIT.noCard);
    }, timeoutMs);
    const finish = (result: CardReadEvent | number): void => {
      clearTimeout(timer);
      resolve(result);
    };
    loop.on((event) => {
      if (event.type === 'connected') {
        connected = true;
        say(
          localize(READER_TEXT['read-card.waiting'], {
            reader: event.description,
            samId: event.samId,
          }),
        );
      } else if (event.type === 'card-read') finish(event);
      else if (event.type === 'error' || event.type === 'disconnected') {
        say(event.problem.text);
        // Before the first connection a failure means the reader is not there: do not wait it out.
        if (!connected) finish(READ_CARD_EXIT.unavailable);
      }
    });
  });
}

async function writePhoto(
  photo: Uint8Array,
  file: string,
  allowSimulation: boolean,
  wltLibrary?: string,
): Promise<void> {
  // The emulator's simulation photo decodes only where simulation is allowed; a real card's WLT
  // needs the reader vendor's licensed library.
  const decoder = isSimulationSlot(photo)
    ? selectPhotoDecoder({ kind: 'simulation' }, { allowSimulation })
    : wltLibrary
      ? selectPhotoDecoder({ kind: 'vendor', libraryPath: wltLibrary }, { allowSimulation })
      : null;
  if (!decoder)
    throw new CardPhotoError({
      reason: 'library-missing',
      libraryPath: '(give --wlt-library PATH)',
    });
  const image = await decoder.decode(photo);
  const raw = { raw: { width: image.width, height: image.height, channels: 3 as const } };
  await writeFile(file, await sharp(image.data, raw).png().toBuffer());
}

/** The read-card subcommand. */
export const readCardCommand: CliCommand = {
  name: 'read-card',
  summary: 'Read one card from a serial reader and print it (full fields)',
  usage,
  async run(args) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        port: { type: 'string' },
        baud: { type: 'string' },
        json: { type: 'boolean', default: false },
        'photo-out': { type: 'string' },
        'timeout-ms': { type: 'string' },
        'allow-simulation': { type: 'boolean', default: false },
        'wlt-library': { type: 'string' },
        fingerprint: { type: 'boolean', default: false },
        address: { type: 'boolean', default: false },
      },
      strict: true,
    });
    if (!values.port) throw new UsageError('--port is required');
    const timeoutMs = Number(values['timeout-ms'] ?? 30_000);
    if (!Number.isInteger(timeoutMs) || timeoutMs <= 0)
      throw new UsageError('--timeout-ms must be a positive integer');
    const transport = createSerialTransport(values.port, parseBaud(values.baud));
    const loop = new ReaderLoop({
      locate: async () => transport,
      parse: parseCard,
      readFingerprint: values.fingerprint,
      readAppendedAddress: values.address,
    });
    loop.start();
    const result = await waitForCard(loop, timeoutMs).finally(() => loop.stop());
    if (typeof result === 'number') return result;
    if (values.json) {
      const { parsed, appendedAddress, timings, photo, fingerprint } = result;
      const summary = {
        ...parsed,
        appendedAddress,
        photoBytes: photo.length,
        fingerprintBytes: fingerprint?.length ?? null,
        timings,
      };
      process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    } else process.stdout.write(`${describeCardRead(result).join('\n')}\n`);
    const photoOut = values['photo-out'];
    if (!photoOut) return READ_CARD_EXIT.read;
    try {
      await writePhoto(result.photo, photoOut, values['allow-simulation'], values['wlt-library']);
      return READ_CARD_EXIT.read;
    } catch (error) {
      if (error instanceof KioskError) say(error.text);
      else
        say(
          localize(READER_TEXT['read-card.photo-write-failed'], {
            file: photoOut,
            detail: String(error),
          }),
        );
      return READ_CARD_EXIT.photo;
    }
  },
};
