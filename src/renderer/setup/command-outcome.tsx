/** Shows a setup command's last answer: saved (and whether it waits for a restart), its value, or the engine's problem text. */
import { assertNever } from '../../shared/result';
import { useText } from '../view/locale-context';
import { savedText } from './saved-text';
import type { CommandOutcome } from './use-command';

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
    case 'done': {
      if (render) return <div data-outcome="done">{render(outcome.value)}</div>;
      const saved = savedText(outcome.value);
      return (
        <div data-outcome="done" data-restart={saved.restart ? 'needed' : undefined}>
          {t(saved.text)}
        </div>
      );
    }
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
