import { describe, expect, it } from 'vitest';
import {
  edit,
  isTypable,
  keyRows,
  layoutKind,
} from '../../../src/renderer/keyboard/keyboard-layout';

const charsOf = (rows: ReturnType<typeof keyRows>) =>
  rows.flat().flatMap((key) => (key.kind === 'char' ? [key.char] : []));

describe('keyboard layout', () => {
  it('gives PIN and number fields the numeric pad, digits only', () => {
    expect(layoutKind({ type: 'password', inputMode: 'numeric' })).toBe('numeric');
    expect(layoutKind({ type: 'number', inputMode: '' })).toBe('numeric');
    expect(charsOf(keyRows('numeric', false)).sort().join('')).toBe('0123456789');
  });

  it('gives addresses and identifiers letters, digits and every character a URL needs', () => {
    expect(layoutKind({ type: 'text', inputMode: '' })).toBe('text');
    expect(layoutKind({ type: 'url', inputMode: 'url' })).toBe('text');
    const typable = new Set(charsOf(keyRows('text', false)));
    for (const char of 'https://kiosk-01.example.cn:8443/v1/records?a=1&b=%20#x_y@z+~')
      expect(typable.has(char)).toBe(true);
    expect(charsOf(keyRows('text', true))).toContain('Q');
  });

  it('serves text-like inputs only', () => {
    expect(isTypable({ type: 'url', inputMode: '' })).toBe(true);
    expect(isTypable({ type: 'checkbox', inputMode: '' })).toBe(false);
    expect(isTypable({ type: 'file', inputMode: '' })).toBe(false);
  });

  it('types at the caret, replaces a selection and deletes the character before the caret', () => {
    expect(edit('ab', 1, 1, { insert: 'X' })).toEqual({ value: 'aXb', caret: 2 });
    expect(edit('abcd', 1, 3, { insert: '-' })).toEqual({ value: 'a-d', caret: 2 });
    expect(edit('abc', 3, 3, 'backspace')).toEqual({ value: 'ab', caret: 2 });
    expect(edit('abcd', 1, 3, 'backspace')).toEqual({ value: 'ad', caret: 1 });
    expect(edit('', 0, 0, 'backspace')).toEqual({ value: '', caret: 0 });
  });
});
