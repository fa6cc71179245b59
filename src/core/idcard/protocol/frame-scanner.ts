import { err, ok, type Result } from '../../../shared/result';
import { FrameError } from './frame-error';
import { HEADER_BYTES, MAX_LEN, PREAMBLE, xorChecksum } from './frame-format';

/** A streaming decoder: push chunks as they arrive, get complete frames or typed errors out. */
export interface FrameDecoder<F> {
  /** Consumes a chunk; never throws, whatever the bytes. */
  push(chunk: Uint8Array): Result<F, FrameError>[];
  /** Drops any partial input, e.g. before a new command so a stale reply cannot complete. */
  reset(): void;
  /** Bytes held back waiting for the rest of a frame (never more than MAX_FRAME_BYTES). */
  readonly bufferedBytes: number;
  /** Whether a preamble has been seen whose frame is still incomplete. */
  readonly inFrame: boolean;
}

const PREAMBLE_BUFFER = Buffer.from(PREAMBLE);
const EMPTY = Buffer.alloc(0);

/**
 * The scanning core both decoders share: finds the preamble, checks LEN and CHK, and hands the body
 * (bytes between LEN and CHK) to `toFrame`. Every error resumes scanning one byte after the rejected
 * preamble, so a real frame hidden behind a false preamble is still found.
 */
export function createFrameScanner<F>(
  minLen: number,
  toFrame: (body: Uint8Array) => F,
): FrameDecoder<F> {
  let pending: Buffer = EMPTY;
  return {
    push(chunk) {
      const input =
        pending.length === 0
          ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
          : Buffer.concat([pending, chunk]);
      const out: Result<F, FrameError>[] = [];
      let pos = 0;
      for (;;) {
        const start = input.indexOf(PREAMBLE_BUFFER, pos);
        if (start < 0) {
          // Keep a tail that may be the beginning of a preamble split across chunks.
          pos = Math.max(pos, input.length - (PREAMBLE.length - 1));
          break;
        }
        if (input.length - start < HEADER_BYTES) {
          pos = start;
          break;
        }
        const len = input.readUInt16BE(start + PREAMBLE.length);
        const fault = len > MAX_LEN ? 'oversize' : len < minLen ? 'bad-length' : null;
        if (fault) {
          out.push(err(new FrameError(fault, len)));
          pos = start + 1;
          continue;
        }
        const end = start + HEADER_BYTES + len;
        if (input.length < end) {
          pos = start;
          break;
        }
        if (xorChecksum(input, start + PREAMBLE.length, end - 1) !== input[end - 1]) {
          out.push(err(new FrameError('bad-checksum', len)));
          pos = start + 1;
          continue;
        }
        out.push(ok(toFrame(new Uint8Array(input.subarray(start + HEADER_BYTES, end - 1)))));
        pos = end;
      }
      // Copy so the decoder never keeps the caller's (possibly large) chunk alive.
      pending = pos >= input.length ? EMPTY : Buffer.from(input.subarray(pos));
      return out;
    },
    reset() {
      pending = EMPTY;
    },
    get bufferedBytes() {
      return pending.length;
    },
    // Anything held that is not a frame in progress is at most a partial preamble (< 5 bytes).
    get inFrame() {
      return pending.length >= PREAMBLE.length;
    },
  };
}
