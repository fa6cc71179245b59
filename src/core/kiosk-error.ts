import type { LocalizedText } from '../shared/i18n/locale';
import type { Problem } from '../shared/problem';

/**
 * Base class of every expected failure in the device engine. Callers branch on `code` (or on the
 * subclass), never on the message; `text` is what a person reads, in both languages.
 */
export class KioskError extends Error {
  constructor(
    readonly code: string,
    readonly text: LocalizedText,
    readonly retryable = false,
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${text.en}`, options);
    this.name = new.target.name;
  }

  /** The form that crosses a process boundary. */
  toProblem(): Problem {
    return { code: this.code, text: this.text, retryable: this.retryable };
  }
}
