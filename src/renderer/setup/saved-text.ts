/** What the setup screen says about a saved setting, from the command's answer. */
import { SETUP_TEXT } from '../../shared/i18n/catalog-screens-console';
import type { LocalizedText } from '../../shared/i18n/locale';

/** "Saved", or "saved; takes effect when the kiosk restarts" when the answer says it waits for the next start. */
export function savedText(answer: unknown): {
  readonly restart: boolean;
  readonly text: LocalizedText;
} {
  const restart =
    typeof answer === 'object' &&
    answer !== null &&
    'restartNeeded' in answer &&
    answer.restartNeeded === true;
  return { restart, text: restart ? SETUP_TEXT.savedRestartNeeded : SETUP_TEXT.saved };
}
