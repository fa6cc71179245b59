import { err, ok, type Result } from '../../../shared/result';
import { FrameError } from './frame-error';
import { HEADER_BYTES, MAX_FRAME_BYTES, MAX_LEN, PREAMBLE, xorChecksum } from './frame-format';

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
/** Scans `input` for complete frames; returns where unconsumed input starts. */
function scan<F>(
  input: Buffer,
  minLen: number,
  toFrame: (body: Uint8Array) => F,
  out: Result<F, FrameError>[],
): number {
  let pos = 0;
  for (;;) {
    const start = input.indexOf(PREAMBLE_BUFFER, pos);
    // Keep a tail that may be the beginning of a preamble split across chunks.
    if (start < 0) return Math.max(pos, input.length - (PREAMBLE.length - 1));
    if (input.length - start < HEADER_BYTES) return start;
    const len = input.readUInt16BE(start + PREAMBLE.length);
    const end = start + HEADER_BYTES + len;
    const fault = len > MAX_LEN ? 'oversize' : len < minLen ? 'bad-length' : null;
    if (!fault && input.length < end) return start;
    if (fault || xorChecksum(input, start + PREAMBLE.length, end - 1) !== input[end - 1]) {
      out.push(err(new FrameError(fault ?? 'bad-checksum', len)));
      pos = start + 1;
      continue;
    }
    out.push(ok(toFrame(new Uint8Array(input.subarray(start + HEADER_BYTES, end - 1)))));
    pos = end;
  }
}

/**
 * The scanning core both decoders share: finds the preamble, checks LEN and CHK, and hands the body
 * (bytes between LEN and CHK) to `toFrame`. Every error resumes scanning one byte after the rejected
 * preamble, so a real frame hidden behind a false preamble is still found.
 */
export function createFrameScanner<F>(
  minLen: number,
  toFrame: (body: Uint8Array) => F,
): FrameDecoder<F> {
  // Partial input lives in a fixed buffer, so a frame arriving byte by byte costs linear time.
  const store = Buffer.allocUnsafe(2 * MAX_FRAME_BYTES);
  let held = 0;
  return {
    push(chunk) {
      const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      let input: Buffer;
      if (held === 0) input = bytes;
      else if (held + bytes.length <= store.length) {
        bytes.copy(store, held);
        input = store.subarray(0, held + bytes.length);
      } else input = Buffer.concat([store.subarray(0, held), bytes]);
      const out: Result<F, FrameError>[] = [];
      const pos = scan(input, minLen, toFrame, out);
      // Copy the rest (at most one frame) so the caller's chunk is never kept alive.
      held = input.length - pos;
      input.copy(store, 0, pos);
      return out;
    },
    reset() {
      held = 0;
    },
    get bufferedBytes() {
      return held;
    },
    // Anything held that is not a frame in progress is at most a partial preamble (< 5 bytes).
    get inFrame() {
      return held >= PREAMBLE.length;
    },
  };
}
