import { APPENDED_ADDRESS_BYTES, decodeAppendedAddress } from './appended-address';
import { parseBaseInfo, type BaseInfo } from './base-info';
import {
  BAUD_RATE_CODES,
  COMMAND_CODES,
  type SamBaudRate,
  type SamCommandName,
} from './command-codes';
import { MAX_LEN } from './frame-format';
import type { DataSize, RunOptions, SamCommand, SamCommandRunner } from './sam-command';
import { SamPayloadError } from './sam-errors';
import { formatSamId, SAM_ID_BYTES } from './sam-id';
import { SW3_CARD_FOUND, SW3_NO_CONTENT, SW3_OK } from './status-words';

const NO_DATA: DataSize = [0, 0];
const ANY_DATA: DataSize = [0, MAX_LEN];
const SW3_FIND_FAILED = 0x80;

function command<T>(
  name: SamCommandName,
  answers: [number, DataSize][],
  decode: SamCommand<T>['decode'],
  para?: number,
  data: Uint8Array = new Uint8Array(0),
): SamCommand<T> {
  const [cmd, fixedPara] = COMMAND_CODES[name];
  return {
    name,
    request: { cmd, para: fixedPara ?? para ?? 0, data },
    answers: new Map(answers),
    decode,
  };
}

const acknowledged = (name: SamCommandName, para?: number, data?: Uint8Array) =>
  command<void>(name, [[SW3_OK, NO_DATA]], () => undefined, para, data);

/** Result of find card: a card is ready to select, or none is (absent, or already read and not re-placed). */
export type FindCardResult =
  { readonly found: true; readonly chipId: Uint8Array } | { readonly found: false };

/** Reset the SAM (10 FF). */
export const RESET = acknowledged('reset');
/** SAM status self-check (11 FF). */
export const STATUS = acknowledged('status');
/** Read the SAM ID (12 FF), formatted as readers print it. */
export const SAM_ID = command('sam-id', [[SW3_OK, [SAM_ID_BYTES, SAM_ID_BYTES]]], (f) =>
  formatSamId(f.data),
);
/** Find card (20 01): 9F with the 4-byte chip number, or 80 when there is no new card. */
export const FIND_CARD = command<FindCardResult>(
  'find-card',
  [
    [SW3_CARD_FOUND, [4, 4]],
    [SW3_FIND_FAILED, NO_DATA],
  ],
  (f) => (f.sw3 === SW3_CARD_FOUND ? { found: true, chipId: f.data } : { found: false }),
);
/** Select card (20 02): resolves to the 8-byte card serial. */
export const SELECT_CARD = command('select-card', [[SW3_OK, [8, 8]]], (f) => f.data);
/** Read text and photo (30 01). */
export const READ_BASE_INFO = readBaseInfoCommand('read-base-info', false);
/** Read text, photo and fingerprint (30 10). */
export const READ_BASE_INFO_FINGERPRINT = readBaseInfoCommand('read-base-info-fingerprint', true);
/** Read the latest appended address (30 03): null when the card has none (91). */
export const READ_APPENDED_ADDRESS = command<string | null>(
  'read-appended-address',
  [
    [SW3_OK, [APPENDED_ADDRESS_BYTES, APPENDED_ADDRESS_BYTES]],
    [SW3_NO_CONTENT, ANY_DATA],
  ],
  (f) => (f.sw3 === SW3_NO_CONTENT ? null : decodeAppendedAddress(f.data)),
);

function readBaseInfoCommand(name: SamCommandName, withFingerprint: boolean): SamCommand<BaseInfo> {
  return command(name, [[SW3_OK, ANY_DATA]], (f) => {
    const parsed = parseBaseInfo(f.data, withFingerprint);
    if (!parsed.ok) throw new SamPayloadError(name, parsed.fault);
    return parsed.value;
  });
}

/** The set-baud-rate command (60 xx); after it succeeds, reopen the port at the new rate. */
export const setBaudRateCommand = (baud: SamBaudRate) =>
  acknowledged('set-baud-rate', BAUD_RATE_CODES[baud]);
/** The set-max-RF-frame command (61 FF nn). */
export const setMaxRfFrameCommand = (sizeBytes: number) =>
  acknowledged('set-max-rf-frame', undefined, Uint8Array.of(sizeBytes));

/** Resets the SAM. */
export const resetSam = (sam: SamCommandRunner, options?: RunOptions) => sam.run(RESET, options);
/** Asks the SAM for its status; resolves when it is healthy. */
export const checkSamStatus = (sam: SamCommandRunner, options?: RunOptions) =>
  sam.run(STATUS, options);
/** Reads the SAM ID string, e.g. `05.01-20170808-0001234567-0305419896`. */
export const readSamId = (sam: SamCommandRunner, options?: RunOptions) => sam.run(SAM_ID, options);
/** Looks for a new card on the reader. */
export const findCard = (sam: SamCommandRunner, options?: RunOptions) =>
  sam.run(FIND_CARD, options);
/** Selects the found card. */
export const selectCard = (sam: SamCommandRunner, options?: RunOptions) =>
  sam.run(SELECT_CARD, options);
/** Reads the text and photo blocks of the selected card. */
export const readBaseInfo = (sam: SamCommandRunner, options?: RunOptions) =>
  sam.run(READ_BASE_INFO, options);
/** Reads text, photo and fingerprint blocks of the selected card. */
export const readBaseInfoWithFingerprint = (sam: SamCommandRunner, options?: RunOptions) =>
  sam.run(READ_BASE_INFO_FINGERPRINT, options);
/** Reads the latest appended address of the selected card, or null. */
export const readAppendedAddress = (sam: SamCommandRunner, options?: RunOptions) =>
  sam.run(READ_APPENDED_ADDRESS, options);
/** Switches the SAM's UART rate (persisted by the SAM). */
export const setBaudRate = (sam: SamCommandRunner, baud: SamBaudRate, options?: RunOptions) =>
  sam.run(setBaudRateCommand(baud), options);
/** Sets the largest RF frame between SAM and card (0x50 is the value seen in the wild). */
export const setMaxRfFrame = (sam: SamCommandRunner, sizeBytes: number, options?: RunOptions) =>
  sam.run(setMaxRfFrameCommand(sizeBytes), options);
