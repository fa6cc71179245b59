import type { SamCommandName } from './command-codes';
import type { RequestFrame } from './request-frame';
import type { ResponseFrame } from './response-frame';
import { isSuccessSw3, SW3_FAILURES } from './status-words';

/** Inclusive range of data sizes an answer may carry. */
export type DataSize = readonly [minBytes: number, maxBytes: number];

/** One command: what to send, which answers are valid, and how to turn an answer into a result. */
export interface SamCommand<T> {
  readonly name: SamCommandName;
  readonly request: RequestFrame;
  /**
   * SW3 values that answer this command (any other SW3 is a failure), with the data sizes each
   * may carry. A success frame outside this map is a stale reply to an earlier command.
   */
  readonly answers: ReadonlyMap<number, DataSize>;
  /** Turns an answer into the result; throws SamPayloadError when the data breaks the layout. */
  readonly decode: (frame: ResponseFrame) => T;
}

/** Per-call options of a command. */
export interface RunOptions {
  /** Overrides the client's timeout for this call. */
  readonly timeoutMs?: number;
}

/** Anything that runs SAM commands: the SamClient, or a stand-in in tests of the layers above. */
export interface SamCommandRunner {
  run<T>(command: SamCommand<T>, options?: RunOptions): Promise<T>;
}

/**
 * What a frame means to the command in flight: its answer; a stale success shaped for another
 * command (the late reply of one that timed out); SW3 10/11, the SAM saw our request damaged;
 * or any other failure.
 */
export type FrameVerdict = 'answer' | 'stale' | 'damaged-request' | 'failure';

/** Judges a frame against the command in flight. */
export function judgeFrame(command: SamCommand<unknown>, frame: ResponseFrame): FrameVerdict {
  const size = command.answers.get(frame.sw3);
  if (size && frame.data.length >= size[0] && frame.data.length <= size[1]) return 'answer';
  const failure = SW3_FAILURES.get(frame.sw3);
  if (!failure) return size || isSuccessSw3(frame.sw3) ? 'stale' : 'failure';
  return failure.recovery === 'resend' ? 'damaged-request' : 'failure';
}
