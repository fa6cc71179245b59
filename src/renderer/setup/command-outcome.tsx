/** Shows a setup command's last answer: saved (and whether it waits for a restart), its value, or the engine's problem text. */
import { SETUP_TEXT } from '../../shared/i18n/catalog-screens-console';
import { assertNever } from '../../shared/result';
import { useText } from '../view/locale-context';
import type { CommandOutcome } from './use-command';

// A saved setting's answer says whether it waits for the kiosk's next start (settingSavedSchema).
const waitsForRestart = (value: unknown) =>
  typeof value === 'object' && value !== null && 'restartNeeded' in value && value.restartNeeded;

/** Nothing while idle or running; the value (or "saved") when done; the problem otherwise. */
export function Outcome<T>({
  outcome,
  render,
}: {
  outcome: CommandOutcome<T>;
  render?: (value: T) => preact.ComponentChildren;
}) {
  const t = useText();
  switch (outcome.kind) {
    case 'idle':
    case 'running':
      return null;
    case 'done':
      if (render) return <div data-outcome="done">{render(outcome.value)}</div>;
      return waitsForRestart(outcome.value) ? (
        <div data-outcome="done" data-restart="needed">
          {t(SETUP_TEXT.savedRestartNeeded)}
        </div>
      ) : (
        <div data-outcome="done">{t(SETUP_TEXT.saved)}</div>
      );
    case 'problem':
      return (
        <p class="problem" data-outcome="problem" data-code={outcome.problem.code}>
          {t(outcome.problem.text)}
        </p>
      );
    default:
      return assertNever(outcome, 'outcome');
  }
}
