import { encodeFrame } from './frame-format';
import { createFrameScanner, type FrameDecoder } from './frame-scanner';

/** A host → SAM request: command, parameter and optional data. */
export interface RequestFrame {
  readonly cmd: number;
  readonly para: number;
  readonly data: Uint8Array;
}

/** Encodes a request into a complete frame (preamble, LEN, CMD, PARA, DATA, CHK). */
export function encodeRequest(request: RequestFrame): Uint8Array {
  return encodeFrame(Uint8Array.of(request.cmd, request.para), request.data);
}

/** A streaming decoder of request frames, as the SAM (and our emulator) sees the host's bytes. */
export function createRequestDecoder(): FrameDecoder<RequestFrame> {
  // LEN covers CMD, PARA and CHK at least.
  return createFrameScanner(3, (body) => ({
    cmd: body[0]!,
    para: body[1]!,
    data: body.subarray(2),
  }));
}
