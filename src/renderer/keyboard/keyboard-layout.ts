/**
 * What the on-screen keyboard shows for a field: a numeric pad for PINs and numbers, otherwise
 * Latin letters, digits and the characters URLs and identifiers need. Pure: no DOM.
 */

/** One key: a character to type, or a function key. */
export type KeyboardKey =
  | { readonly kind: 'char'; readonly char: string }
  | { readonly kind: 'shift' | 'space' | 'backspace' | 'done' | 'hide' };

/** Which layout a field gets. */
export type LayoutKind = 'numeric' | 'text';

/** The attributes of a field that decide its layout. */
export interface FieldTraits {
  readonly type: string;
  readonly inputMode: string;
}

const chars = (row: string): KeyboardKey[] => [...row].map((char) => ({ kind: 'char', char }));
const fn = (kind: Exclude<KeyboardKey['kind'], 'char'>): KeyboardKey => ({ kind });

const NUMERIC: readonly (readonly KeyboardKey[])[] = [
  chars('123'),
  chars('456'),
  chars('789'),
  [fn('backspace'), ...chars('0'), fn('done')],
];

// The symbol row holds what URLs (scheme, host, port, path, query) and identifiers use.
const TEXT: readonly (readonly KeyboardKey[])[] = [
  chars('1234567890'),
  chars('qwertyuiop'),
  chars('asdfghjkl'),
  [fn('shift'), ...chars('zxcvbnm'), fn('backspace')],
  chars(':/.-_@?=&%#+~'),
  [fn('hide'), fn('space'), fn('done')],
];

/** Whether the keyboard serves this field at all (text-like inputs; not checkboxes, files...). */
export function isTypable(traits: FieldTraits): boolean {
  return ['text', 'search', 'url', 'tel', 'email', 'number', 'password'].includes(traits.type);
}

/** The layout for a field: numeric for number fields and `inputmode` numeric or decimal. */
export function layoutKind(traits: FieldTraits): LayoutKind {
  const numeric =
    traits.type === 'number' || traits.inputMode === 'numeric' || traits.inputMode === 'decimal';
  return numeric ? 'numeric' : 'text';
}

/** The rows of keys of a layout; with shift, letters are upper case. */
export function keyRows(kind: LayoutKind, shifted: boolean): readonly (readonly KeyboardKey[])[] {
  const rows = kind === 'numeric' ? NUMERIC : TEXT;
  if (!shifted) return rows;
  return rows.map((row) =>
    row.map((key) => (key.kind === 'char' ? { kind: 'char', char: key.char.toUpperCase() } : key)),
  );
}

/** The text and caret after a key: typed at the selection, or the character before it deleted. */
export function edit(
  value: string,
  start: number,
  end: number,
  key: 'backspace' | { readonly insert: string },
): { readonly value: string; readonly caret: number } {
  if (key === 'backspace') {
    const from = start === end ? Math.max(0, start - 1) : start;
    return { value: value.slice(0, from) + value.slice(end), caret: from };
  }
  return {
    value: value.slice(0, start) + key.insert + value.slice(end),
    caret: start + key.insert.length,
  };
}
