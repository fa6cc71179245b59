/** In-person verification: the card photo stays hidden until the operator opens it on purpose. */
import { useState } from 'preact/hooks';
import { REASON_TEXT } from '../../shared/i18n/catalog-capture';
import { CONSOLE_TEXT } from '../../shared/i18n/catalog-screens-console';
import { WORKER_TEXT } from '../../shared/i18n/catalog-screens';
import type { CardSummary } from '../../shared/kiosk-api/card-summary';
import type { ReasonKey } from '../../shared/kiosk-api/capture-keys';
import type { KioskApi } from '../../shared/kiosk-api/kiosk-api';
import type { Problem } from '../../shared/problem';
import { useText } from '../view/locale-context';

/** Shown while a session waits for operator review; the verdict goes to `operator.verify`. */
export function ReviewPanel(props: { api: KioskApi; card: CardSummary; reasonKey: ReasonKey }) {
  const t = useText();
  const [photoOpen, setPhotoOpen] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const verify = async (verdict: 'verified' | 'rejected') => {
    const result = await props.api['operator.verify']({ verdict });
    setProblem(result.ok ? null : result.error);
  };
  return (
    <section class="panel review" data-panel="review">
      <h2>{t(CONSOLE_TEXT.review)}</h2>
      <p>{t(REASON_TEXT[props.reasonKey])}</p>
      <p>{t(CONSOLE_TEXT.reviewHint)}</p>
      <p>
        {t(WORKER_TEXT.confirmedName)}: {props.card.name} · {t(WORKER_TEXT.confirmedId)}:{' '}
        {props.card.maskedId}
      </p>
      {photoOpen && props.card.photo ? (
        <img class="card-photo" src={props.card.photo} alt="" />
      ) : (
        <button type="button" data-action="show-photo" onClick={() => setPhotoOpen(true)}>
          {t(CONSOLE_TEXT.showPhoto)}
        </button>
      )}
      {problem && <p class="problem">{t(problem.text)}</p>}
      <div class="actions">
        <button
          type="button"
          class="primary"
          data-action="verified"
          onClick={() => void verify('verified')}
        >
          {t(CONSOLE_TEXT.verified)}
        </button>
        <button type="button" data-action="rejected" onClick={() => void verify('rejected')}>
          {t(CONSOLE_TEXT.rejected)}
        </button>
      </div>
    </section>
  );
}
