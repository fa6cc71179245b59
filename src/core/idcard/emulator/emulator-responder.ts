import { silentLogger, type Logger } from '../../log/logger';
import type { SamBaudRate } from '../protocol/command-codes';
import { createRequestDecoder } from '../protocol/request-frame';
import { encodeResponse } from '../protocol/response-frame';
import { systemTimers, type Timers } from '../../clock';
import { answerDelayMs, type AnswerSpeed } from './answer-timing';
import { noLineFaults, shapeAnswer, type LineFaults } from './emulator-faults';
import type { SamEmulator, SamReply } from './sam-emulator';

/** Where the responder's bytes go: a serial port or an in-memory link. */
export interface ResponderOutput {
  write(chunk: Uint8Array): void;
  /** The port died (dead-port fault). */
  die(): void;
  /** The SAM switched its UART rate after acknowledging `60 xx`. */
  switchBaud?(baud: SamBaudRate): void;
}

/** Tuning of a responder. */
export interface ResponderOptions {
  readonly speed?: AnswerSpeed;
  readonly faults?: Partial<LineFaults>;
  readonly timers?: Timers;
  readonly logger?: Logger;
}

/** The byte side of an emulated SAM: host frames in, answers out, with timing and faults. */
export interface Responder {
  /** Bytes from the host. */
  input(chunk: Uint8Array): void;
  /** Faults in force; change them at any time. */
  readonly faults: LineFaults;
  speed: AnswerSpeed;
  /** Stops answering and clears every timer. */
  close(): void;
}

const FRAME_FAULT_SW3 = { 'bad-checksum': 0x10, 'bad-length': 0x11 } as const;

/** Serves an emulator on an output: decodes requests with the shared decoder core and answers one at a time. */
export function createResponder(
  emulator: SamEmulator,
  output: ResponderOutput,
  options: ResponderOptions = {},
): Responder {
  const decoder = createRequestDecoder();
  const timers = options.timers ?? systemTimers;
  const logger = options.logger ?? silentLogger;
  const faults: LineFaults = { ...noLineFaults(), ...options.faults };
  // A SAM is single-threaded: requests that arrive while it works wait their turn.
  const backlog: (() => SamReply)[] = [];
  let busy: unknown = null;
  let closed = false;

  const deliver = (answer: SamReply, delayMs: number) => {
    logger.log('info', 'emulator.answer', {
      command: answer.command ?? 'unknown',
      sw3: answer.response.sw3,
      delayMs,
    });
    for (const chunk of shapeAnswer(encodeResponse(answer.response), faults)) output.write(chunk);
    if (answer.switchBaudTo) output.switchBaud?.(answer.switchBaudTo);
  };

  const next = (): void => {
    for (let work = backlog.shift(); work && !closed; work = backlog.shift()) {
      const answer = work();
      const delayMs = answerDelayMs(responder.speed, answer.command);
      // An instant SAM answers in the same turn, so benchmarks measure the host, not a timer tick.
      if (delayMs === 0) {
        deliver(answer, 0);
        continue;
      }
      busy = timers.setTimeout(() => {
        busy = null;
        if (closed) return;
        deliver(answer, delayMs);
        next();
      }, delayMs);
      return;
    }
  };

  const responder: Responder = {
    faults,
    speed: options.speed ?? { kind: 'instant' },
    input(chunk) {
      if (closed) return;
      if (faults.deadPort) {
        closed = true;
        output.die();
        return;
      }
      for (const result of decoder.push(chunk)) {
        if (faults.silence) continue;
        if (result.ok) backlog.push(() => emulator.answer(result.value));
        // The SAM reports a damaged host frame; an oversize LEN is desync and gets no answer.
        else if (result.error.reason !== 'oversize') {
          const sw3 = FRAME_FAULT_SW3[result.error.reason];
          backlog.push(() => ({
            command: null,
            response: { sw1: 0, sw2: 0, sw3, data: new Uint8Array(0) },
          }));
        }
      }
      if (busy === null) next();
    },
    close() {
      closed = true;
      backlog.length = 0;
      if (busy !== null) timers.clearTimeout(busy);
      busy = null;
    },
  };
  return responder;
}
