/** The rules a new staff PIN must meet: 6 to 12 digits, not trivially guessable. */
import type { StaffMessageKey } from '../../shared/i18n/catalog-staff';
import { MAX_PIN_DIGITS } from '../../shared/kiosk-api/staff-commands';

/** Why a PIN was refused (the key of its message in the staff catalog). */
export type PinRefusal = Extract<StaffMessageKey, 'pinTooShort' | 'pinNotDigits' | 'pinTrivial'>;

/** The shortest PIN accepted. */
const MIN_PIN_DIGITS = 6;

// Each digit one more (or one less) than the one before, e.g. 345678 or 987654.
function sequential(pin: string, step: 1 | -1): boolean {
  for (let i = 1; i < pin.length; i += 1) {
    if (pin.charCodeAt(i) - pin.charCodeAt(i - 1) !== step) return false;
  }
  return true;
}

// A short block repeated: 000000, 121212, 123123.
function repeated(pin: string): boolean {
  for (let size = 1; size <= pin.length / 2; size += 1) {
    if (pin.length % size === 0 && pin.slice(0, size).repeat(pin.length / size) === pin)
      return true;
  }
  return false;
}

/** Null when the PIN may be set; otherwise why not. */
export function checkNewPin(pin: string): PinRefusal | null {
  if (!/^\d*$/.test(pin) || pin.length > MAX_PIN_DIGITS) return 'pinNotDigits';
  if (pin.length < MIN_PIN_DIGITS) return 'pinTooShort';
  if (repeated(pin) || sequential(pin, 1) || sequential(pin, -1)) return 'pinTrivial';
  return null;
}
