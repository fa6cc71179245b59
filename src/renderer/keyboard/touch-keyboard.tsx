/**
 * The on-screen keyboard of a kiosk without a physical one: shown while a typable field has focus
 * (any field, whatever screen it is on), it types into that field by touch alone and fires the
 * same `input` events as typing, so every form works with it unchanged.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { KEYBOARD_TEXT } from '../../shared/i18n/catalog-keyboard';
import { assertNever } from '../../shared/result';
import { useText } from '../view/locale-context';
import { edit, isTypable, keyRows, layoutKind, type KeyboardKey } from './keyboard-layout';
import './touch-keyboard.css';

// Number and email inputs have no selection API: they are typed at the end.
const SELECTABLE = new Set(['text', 'search', 'url', 'tel', 'password']);

function typeInto(field: HTMLInputElement, key: 'backspace' | { readonly insert: string }): void {
  const selectable = SELECTABLE.has(field.type);
  const start = selectable ? (field.selectionStart ?? field.value.length) : field.value.length;
  const end = selectable ? (field.selectionEnd ?? start) : start;
  const next = edit(field.value, start, end, key);
  if (field.maxLength > 0 && next.value.length > field.maxLength) return;
  field.value = next.value;
  if (selectable) field.setSelectionRange(next.caret, next.caret);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

function submitOrLeave(field: HTMLInputElement): void {
  const submit = field.form?.querySelector<HTMLButtonElement>('button[type=submit]');
  field.blur();
  if (submit && !submit.disabled) submit.click();
}

/** Mount once at the root: it follows focus across every screen. */
export function TouchKeyboard() {
  const t = useText();
  const [field, setField] = useState<HTMLInputElement | null>(null);
  const [shifted, setShifted] = useState(false);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target;
      if (target instanceof HTMLInputElement && !target.readOnly && isTypable(target)) {
        setField(target);
        target.scrollIntoView({ block: 'center' });
      } else if (!(target instanceof Node && panel.current?.contains(target))) {
        // Focus moved to a button on the screen: closing the keyboard now would move that button
        // from under the finger before the tap ends, so it closes once the tap has clicked.
        document.addEventListener('click', () => setField(null), { once: true });
      }
    };
    // Focus that leaves for nothing (a tap on empty space) closes the keyboard.
    const onFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget === null) setField(null);
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
    };
  }, []);

  // A field that left the page (the step changed) takes the keyboard with it.
  if (!field?.isConnected || field.disabled) return null;
  const kind = layoutKind(field);

  const press = (key: KeyboardKey) => {
    switch (key.kind) {
      case 'char':
        typeInto(field, { insert: key.char });
        return setShifted(false);
      case 'space':
        return typeInto(field, { insert: ' ' });
      case 'backspace':
        return typeInto(field, 'backspace');
      case 'shift':
        return setShifted(!shifted);
      case 'done':
        setField(null);
        return submitOrLeave(field);
      case 'hide':
        setField(null);
        return field.blur();
      default:
        return assertNever(key, 'keyboard key');
    }
  };

  return (
    <div
      class="touch-keyboard"
      ref={panel}
      role="group"
      aria-label={t(KEYBOARD_TEXT.label)}
      data-layout={kind}
    >
      {keyRows(kind, shifted).map((row, index) => (
        <div class="key-row" key={index}>
          {row.map((key) => {
            const name = key.kind === 'char' ? key.char : key.kind;
            return (
              <button
                type="button"
                key={name}
                tabIndex={-1}
                data-key={name}
                data-pressed={key.kind === 'shift' ? String(shifted) : undefined}
                // Keeps the focus, and with it the caret, in the field being typed into.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => press(key)}
              >
                {key.kind === 'char' ? key.char : t(KEYBOARD_TEXT[key.kind])}
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}
