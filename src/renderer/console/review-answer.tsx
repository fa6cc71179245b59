/** The two answers of an operator review, the first as the primary action, and why the kiosk refused one. */
import { useState } from 'preact/hooks';
import type { LocalizedText } from '../../shared/i18n/locale';
import type { ApiResult } from '../../shared/kiosk-api/api-result';
import type { Problem } from '../../shared/problem';
import { useText } from '../view/locale-context';

/** One answer: what it sends, its button's `data-action` and its label. */
export interface ReviewChoice<A extends string> {
  readonly answer: A;
  readonly action: string;
  readonly label: LocalizedText;
}

/** The answer buttons of a review panel; `send` hands the chosen answer to the kiosk. */
export function ReviewAnswer<A extends string>(props: {
  choices: readonly [ReviewChoice<A>, ReviewChoice<A>];
  send: (answer: A) => Promise<ApiResult<unknown>>;
}) {
  const t = useText();
  const [problem, setProblem] = useState<Problem | null>(null);
  const answer = async (choice: A) => {
    const result = await props.send(choice);
    setProblem(result.ok ? null : result.error);
  };
  const [primary, secondary] = props.choices;
  return (
    <>
      {problem && <p class="problem">{t(problem.text)}</p>}
      <div class="actions">
        <button
          type="button"
          class="primary"
          data-action={primary.action}
          onClick={() => void answer(primary.answer)}
        >
          {t(primary.label)}
        </button>
        <button
          type="button"
          data-action={secondary.action}
          onClick={() => void answer(secondary.answer)}
        >
          {t(secondary.label)}
        </button>
      </div>
    </>
  );
}
