/** Builds a 256-byte text block by hand: spaces everywhere, then each string in UTF-16LE at its byte offset. */
export function textBlock(entries: Readonly<Record<number, string>>): Uint8Array {
  const block = Buffer.from(' '.repeat(128), 'utf16le');
  for (const [offset, value] of Object.entries(entries))
    Buffer.from(value, 'utf16le').copy(block, Number(offset));
  return new Uint8Array(block);
}

/** A noon in China on the given day, as a Date (04:00 UTC). */
export function chinaNoon(isoDay: string): Date {
  return new Date(`${isoDay}T12:00:00+08:00`);
}
