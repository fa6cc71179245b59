import { CardFieldTooLongError } from './card-errors';

/** Size of the card text block returned by the SAM. */
export const CARD_TEXT_BYTES = 256;

/** Byte offset of the one-character card-type flag. */
const CARD_TYPE_FLAG_OFFSET = 248;

const PADDING = ' ';
const utf16 = new TextDecoder('utf-16le');

/** Where a fixed-width UTF-16LE field lives in the text block. */
interface FieldSlot {
  readonly offset: number;
  readonly sizeBytes: number;
}

/** A text layout as data: every field name mapped to its slot. */
export type TextLayout<K extends string> = { readonly [F in K]: FieldSlot };

/** Access to the fields of one text block under a layout. */
export interface FieldReader<K extends string> {
  /** The field with its U+0020 padding trimmed at both ends. */
  text(field: K): string;
  /** The field exactly as stored, padding included (for values split over two slots). */
  raw(field: K): string;
}

/** Trims the U+0020 padding (and only that: other blanks are content). */
export function trimPadding(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && value[start] === PADDING) start += 1;
  while (end > start && value[end - 1] === PADDING) end -= 1;
  return value.slice(start, end);
}

function rawSlot(text: Uint8Array, slot: FieldSlot): string {
  return utf16.decode(text.subarray(slot.offset, slot.offset + slot.sizeBytes));
}

/** Reads the fields of a 256-byte text block; never throws (bad UTF-16 becomes U+FFFD). */
export function fieldReader<K extends string>(
  text: Uint8Array,
  layout: TextLayout<K>,
): FieldReader<K> {
  return {
    raw: (field) => rawSlot(text, layout[field]),
    text: (field) => trimPadding(rawSlot(text, layout[field])),
  };
}

/** The card-type flag at offset 248, padding trimmed (empty for a resident card). */
export function readCardTypeFlag(text: Uint8Array): string {
  return trimPadding(rawSlot(text, { offset: CARD_TYPE_FLAG_OFFSET, sizeBytes: 2 }));
}

/** Writes values into a fresh space-padded 256-byte block; throws CardFieldTooLongError on overflow. */
export function writeTextFields<K extends string>(
  layout: TextLayout<K>,
  values: { readonly [F in K]: string },
  flag: string,
): Uint8Array {
  const block = Buffer.from(PADDING.repeat(CARD_TEXT_BYTES / 2), 'utf16le');
  const write = (field: string, slot: FieldSlot, value: string) => {
    const bytes = Buffer.from(value, 'utf16le');
    if (bytes.length > slot.sizeBytes) throw new CardFieldTooLongError(field, slot.sizeBytes);
    bytes.copy(block, slot.offset);
  };
  for (const field of Object.keys(layout) as K[]) write(field, layout[field], values[field]);
  write('cardTypeFlag', { offset: CARD_TYPE_FLAG_OFFSET, sizeBytes: 2 }, flag);
  // A copy: small Buffers share Node's pool, which must not leak to the caller.
  return new Uint8Array(block);
}
