// The SAM ID ("SAM 管理信息"): 16 bytes = u16LE, u16LE, u32LE, u32LE, u32LE, printed by readers as
// `%02d.%02d-%08d-%010d-%010d`; it serves as the reader's identity (decoder licences bind to it).

/** Size of the SAM ID answer's data in bytes. */
export const SAM_ID_BYTES = 16;

const SAM_ID_PATTERN = /^(\d{2,5})\.(\d{2,5})-(\d{8,10})-(\d{10})-(\d{10})$/;

/** Formats the 16-byte SAM ID data the way readers print it. */
export function formatSamId(data: Uint8Array): string {
  const view = new DataView(data.buffer, data.byteOffset, SAM_ID_BYTES);
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return [
    `${pad(view.getUint16(0, true), 2)}.${pad(view.getUint16(2, true), 2)}`,
    pad(view.getUint32(4, true), 8),
    pad(view.getUint32(8, true), 10),
    pad(view.getUint32(12, true), 10),
  ].join('-');
}

/** Encodes a printed SAM ID back to its 16 bytes (the emulator's configuration); null if malformed or out of range. */
export function encodeSamId(text: string): Uint8Array | null {
  const match = SAM_ID_PATTERN.exec(text);
  if (!match) return null;
  const [a, b, c, d, e] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (a > 0xffff || b > 0xffff || [c, d, e].some((n) => n > 0xffffffff)) return null;
  const data = new Uint8Array(SAM_ID_BYTES);
  const view = new DataView(data.buffer);
  view.setUint16(0, a, true);
  view.setUint16(2, b, true);
  view.setUint32(4, c, true);
  view.setUint32(8, d, true);
  view.setUint32(12, e, true);
  return data;
}
