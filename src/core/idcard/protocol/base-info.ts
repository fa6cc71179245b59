// Payload of the base-info reads: big-endian length fields (2 for 30 01, 3 for 30 10), then the
// blocks back to back. Offsets always come from the length fields, never from constants.

/** Size of the card text block. */
export const TEXT_BYTES = 256;
/** Size of the card photo block (WLT on real cards). */
export const PHOTO_BYTES = 1024;
/** Fingerprint block sizes a card may carry: none, one or two 512-byte templates. */
export const FINGERPRINT_SIZES: readonly number[] = [0, 512, 1024];

/** The blocks of a base-info read. */
export interface BaseInfo {
  readonly text: Uint8Array;
  readonly photo: Uint8Array;
  /** Null when the read did not ask for fingerprints (30 01); empty when the card has none. */
  readonly fingerprint: Uint8Array | null;
}

/** Why a base-info payload is malformed. */
export type BaseInfoFault = 'too-short' | 'length-mismatch' | 'bad-block-size';

/** Splits a base-info payload by its length fields; an error names what does not fit. */
export function parseBaseInfo(
  data: Uint8Array,
  withFingerprint: boolean,
): { ok: true; value: BaseInfo } | { ok: false; fault: BaseInfoFault } {
  const fields = withFingerprint ? 3 : 2;
  const headerBytes = fields * 2;
  if (data.length < headerBytes) return { ok: false, fault: 'too-short' };
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const [textBytes, photoBytes, fpBytes = 0] = Array.from({ length: fields }, (_, i) =>
    view.getUint16(i * 2),
  );
  if (headerBytes + textBytes! + photoBytes! + fpBytes !== data.length)
    return { ok: false, fault: 'length-mismatch' };
  if (
    textBytes !== TEXT_BYTES ||
    photoBytes !== PHOTO_BYTES ||
    !FINGERPRINT_SIZES.includes(fpBytes)
  ) {
    return { ok: false, fault: 'bad-block-size' };
  }
  const photoAt = headerBytes + TEXT_BYTES;
  const fpAt = photoAt + PHOTO_BYTES;
  return {
    ok: true,
    value: {
      text: data.slice(headerBytes, photoAt),
      photo: data.slice(photoAt, fpAt),
      fingerprint: withFingerprint ? data.slice(fpAt, fpAt + fpBytes) : null,
    },
  };
}

/** Builds a base-info payload from blocks, as a SAM sends it (the emulator's side). */
export function encodeBaseInfo(info: BaseInfo, withFingerprint: boolean): Uint8Array {
  const blocks = withFingerprint
    ? [info.text, info.photo, info.fingerprint ?? new Uint8Array(0)]
    : [info.text, info.photo];
  const headerBytes = blocks.length * 2;
  const out = new Uint8Array(headerBytes + blocks.reduce((sum, b) => sum + b.length, 0));
  const view = new DataView(out.buffer);
  let at = headerBytes;
  blocks.forEach((block, i) => {
    view.setUint16(i * 2, block.length);
    out.set(block, at);
    at += block.length;
  });
  return out;
}
