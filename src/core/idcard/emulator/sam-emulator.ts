import { assertNever } from '../../../shared/result';
import { encodeBaseInfo } from '../protocol/base-info';
import {
  baudRateOfCode,
  identifyCommand,
  type SamBaudRate,
  type SamCommandName,
} from '../protocol/command-codes';
import type { RequestFrame } from '../protocol/request-frame';
import type { ResponseFrame } from '../protocol/response-frame';
import { encodeSamId } from '../protocol/sam-id';
import { SW3_CARD_FOUND, SW3_NO_CONTENT, SW3_OK } from '../protocol/status-words';
import type { CardPlacement } from './card-placement';

/**
 * Where the card on the reader is in the read cycle. "halted" cards have been read: find answers
 * 80 until the card is lifted and placed again, but select + read still work (vendor SDKs re-read
 * that way); "-selected" means a select has succeeded since the last find.
 */
type CardPhase = 'waiting' | 'found' | 'selected' | 'halted' | 'halted-selected';

const SW3 = { commandError: 0x21, readFailed: 0x41, findFailed: 0x80, selectFailed: 0x81 } as const;

/** What the SAM answers, plus a baud rate to switch to once the answer is out. */
export interface SamReply {
  readonly command: SamCommandName | null;
  readonly response: ResponseFrame;
  readonly switchBaudTo?: SamBaudRate;
}

/** Settings of an emulated SAM. */
export interface SamEmulatorOptions {
  /** The SAM ID as readers print it. */
  readonly samId?: string;
  /** Lifts the card when a read arrives, as if the worker pulled it away mid-read (the read fails with 41). */
  readonly removeMidRead?: boolean;
}

const reply = (
  command: SamCommandName | null,
  sw3: number,
  data: Uint8Array = new Uint8Array(0),
): SamReply => ({
  command,
  response: { sw1: 0, sw2: 0, sw3, data },
});

/** A protocol-faithful SAM with a card slot: the state machine only; bytes and timing live in the responder. */
export class SamEmulator {
  #card: { placement: CardPlacement; phase: CardPhase } | null = null;
  readonly #samId: Uint8Array;
  removeMidRead: boolean;

  constructor(options: SamEmulatorOptions = {}) {
    const samId = encodeSamId(options.samId ?? '05.01-20170808-0001234567-0305419896');
    if (!samId) throw new RangeError(`Malformed SAM ID ${options.samId}`);
    this.#samId = samId;
    this.removeMidRead = options.removeMidRead ?? false;
  }

  /** Places a card on the reader (replacing any card there): it is new, so find will see it. */
  place(placement: CardPlacement): void {
    this.#card = { placement, phase: 'waiting' };
  }

  /** Lifts the card off the reader. */
  remove(): void {
    this.#card = null;
  }

  /** The label of the card on the reader, or null. */
  get cardLabel(): string | null {
    return this.#card?.placement.label ?? null;
  }

  /** Answers one request as a SAM does. */
  answer(request: RequestFrame): SamReply {
    const command = identifyCommand(request.cmd, request.para);
    if (!command) return reply(null, SW3.commandError);
    switch (command) {
      case 'reset':
        if (this.#card)
          this.#card.phase = this.#card.phase.startsWith('halted') ? 'halted' : 'waiting';
        return reply(command, SW3_OK);
      case 'status':
      case 'set-max-rf-frame':
        return reply(command, SW3_OK);
      case 'sam-id':
        return reply(command, SW3_OK, this.#samId);
      case 'set-baud-rate': {
        const baud = baudRateOfCode(request.para);
        return baud === null
          ? reply(command, SW3.commandError)
          : { ...reply(command, SW3_OK), switchBaudTo: baud };
      }
      case 'find-card':
        return this.#find();
      case 'select-card':
        return this.#select();
      case 'read-base-info':
      case 'read-base-info-fingerprint':
        return this.#read(command);
      case 'read-appended-address': {
        const card = this.#card;
        if (!card || !card.phase.endsWith('selected')) return reply(command, SW3.readFailed);
        const address = card.placement.appendedAddress;
        return address ? reply(command, SW3_OK, address) : reply(command, SW3_NO_CONTENT);
      }
      default:
        return assertNever(command, 'command');
    }
  }

  #find(): SamReply {
    const card = this.#card;
    if (!card) return reply('find-card', SW3.findFailed);
    if (card.phase.startsWith('halted')) {
      card.phase = 'halted';
      return reply('find-card', SW3.findFailed);
    }
    card.phase = 'found';
    return reply('find-card', SW3_CARD_FOUND, new Uint8Array(4));
  }

  #select(): SamReply {
    const card = this.#card;
    if (!card || card.phase === 'waiting') return reply('select-card', SW3.selectFailed);
    card.phase = card.phase.startsWith('halted') ? 'halted-selected' : 'selected';
    return reply('select-card', SW3_OK, new Uint8Array(8));
  }

  #read(command: 'read-base-info' | 'read-base-info-fingerprint'): SamReply {
    const card = this.#card;
    if (!card || !card.phase.endsWith('selected')) return reply(command, SW3.readFailed);
    if (this.removeMidRead) {
      this.#card = null;
      return reply(command, SW3.readFailed);
    }
    card.phase = 'halted-selected';
    const { text, photo, fingerprint } = card.placement;
    return reply(
      command,
      SW3_OK,
      encodeBaseInfo({ text, photo, fingerprint }, command === 'read-base-info-fingerprint'),
    );
  }
}
