import { encodeFrame } from './frame-format';
import { createFrameScanner, type FrameDecoder } from './frame-scanner';

/** A SAM → host response: the card's SW1 SW2, the SAM's own status SW3, and data. */
export interface ResponseFrame {
  readonly sw1: number;
  readonly sw2: number;
  readonly sw3: number;
  readonly data: Uint8Array;
}

/** Encodes a response into a complete frame; used by the emulator and by tests. */
export function encodeResponse(response: ResponseFrame): Uint8Array {
  return encodeFrame(Uint8Array.of(response.sw1, response.sw2, response.sw3), response.data);
}

/** A streaming decoder of response frames: the host side of the link. */
export function createResponseDecoder(): FrameDecoder<ResponseFrame> {
  // LEN covers SW1, SW2, SW3 and CHK at least.
  return createFrameScanner(4, (body) => ({
    sw1: body[0]!,
    sw2: body[1]!,
    sw3: body[2]!,
    data: body.subarray(3),
  }));
}
