// Frame layout shared by requests and responses: PREAMBLE | LEN (BE, counts every byte after it,
// CHK included) | body | CHK, where CHK is the XOR of LEN and body.

/** The five bytes every frame starts with; the decoders resynchronise on them. */
export const PREAMBLE = Uint8Array.of(0xaa, 0xaa, 0xaa, 0x96, 0x69);

/** Preamble plus the two LEN bytes. */
export const HEADER_BYTES = 7;

/** Largest LEN accepted; the largest real response (read with fingerprint) has LEN 2314. */
export const MAX_LEN = 2400;

/** Largest whole frame in bytes; a decoder never holds more than this. */
export const MAX_FRAME_BYTES = HEADER_BYTES + MAX_LEN;

/** XOR of `bytes[from..to)`. */
export function xorChecksum(bytes: Uint8Array, from: number, to: number): number {
  let chk = 0;
  for (let i = from; i < to; i++) chk ^= bytes[i]!;
  return chk;
}

/** Wraps a head (CMD PARA or SW1 SW2 SW3) and data into a complete frame with LEN and CHK. */
export function encodeFrame(head: Uint8Array, data: Uint8Array): Uint8Array {
  const len = head.length + data.length + 1;
  // Only our own code builds frames, so an oversize one is a bug, not an expected failure.
  if (len > MAX_LEN) throw new RangeError(`Frame LEN ${len} exceeds ${MAX_LEN}`);
  const frame = new Uint8Array(HEADER_BYTES + len);
  frame.set(PREAMBLE, 0);
  frame[5] = len >> 8;
  frame[6] = len & 0xff;
  frame.set(head, HEADER_BYTES);
  frame.set(data, HEADER_BYTES + head.length);
  frame[frame.length - 1] = xorChecksum(frame, 5, frame.length - 1);
  return frame;
}
