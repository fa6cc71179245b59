import type { LocalizedText } from './i18n/locale';

/**
 * An expected failure as it crosses a process boundary: a stable code programs branch on, and
 * text in every language that says what happened and what to do.
 */
export interface Problem {
  readonly code: string;
  readonly text: LocalizedText;
  /** Whether trying the same thing again may succeed. */
  readonly retryable: boolean;
}
