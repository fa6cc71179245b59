// The latest appended address ("追加住址", 30 03): 70 bytes of UTF-16LE padded with spaces.

/** Size of the appended address field in bytes (35 UTF-16 code units). */
export const APPENDED_ADDRESS_BYTES = 70;

/** Decodes the appended address: UTF-16LE, padding spaces and NULs trimmed. */
export function decodeAppendedAddress(data: Uint8Array): string {
  const even = data.subarray(0, data.length - (data.length % 2));
  return Buffer.from(even.buffer, even.byteOffset, even.byteLength)
    .toString('utf16le')
    .replace(/^[\s\0]+|[\s\0]+$/g, '');
}

/** Encodes an address into the 70-byte field, or null if it does not fit (the emulator's side). */
export function encodeAppendedAddress(address: string): Uint8Array | null {
  const padded = address.padEnd(APPENDED_ADDRESS_BYTES / 2, ' ');
  if (padded.length > APPENDED_ADDRESS_BYTES / 2) return null;
  return new Uint8Array(Buffer.from(padded, 'utf16le'));
}
