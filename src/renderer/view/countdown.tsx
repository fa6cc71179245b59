/** "Back to the start in N s": the screen's deadline from the session, so nobody waits unknowingly. */
import { WORKER_TEXT } from '../../shared/i18n/catalog-screens';
import { useText } from './locale-context';

/** Shows the seconds left until `deadlineMs`; nothing when the state has no deadline. */
export function Countdown({ deadlineMs, nowMs }: { deadlineMs: number | null; nowMs: number }) {
  const t = useText();
  if (deadlineMs === null) return null;
  const seconds = Math.max(0, Math.ceil((deadlineMs - nowMs) / 1000));
  return <p class="countdown">{t(WORKER_TEXT.backInSeconds, { seconds })}</p>;
}
