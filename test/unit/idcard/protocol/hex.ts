/** Parses `AA AA 96`-style hex into bytes (test vectors are written the way the protocol document prints them). */
export const hex = (text: string): Uint8Array =>
  Uint8Array.from(Buffer.from(text.replace(/\s+/g, ''), 'hex'));

/** Prints bytes as upper-case spaced hex, for readable failure messages. */
export const toHex = (bytes: Uint8Array): string =>
  Array.from(bytes, (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
