/** In-person verification: the card photo stays hidden until the operator opens it on purpose. */
import { useState } from 'preact/hooks';
import { REASON_TEXT } from '../../shared/i18n/catalog-capture';
import { CONSOLE_TEXT } from '../../shared/i18n/catalog-screens-console';
import { WORKER_TEXT } from '../../shared/i18n/catalog-screens';
import type { CardSummary } from '../../shared/kiosk-api/card-summary';
import type { ReasonKey } from '../../shared/kiosk-api/capture-keys';
import type { KioskApi } from '../../shared/kiosk-api/kiosk-api';
import { useText } from '../view/locale-context';
import { ReviewAnswer } from './review-answer';

/** Shown while a session waits for operator review; the verdict goes to `operator.verify`. */
export function ReviewPanel(props: { api: KioskApi; card: CardSummary; reasonKey: ReasonKey }) {
  const t = useText();
  const [photoOpen, setPhotoOpen] = useState(false);
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
      <ReviewAnswer
        choices={[
          { answer: 'verified', action: 'verified', label: CONSOLE_TEXT.verified },
          { answer: 'rejected', action: 'rejected', label: CONSOLE_TEXT.rejected },
        ]}
        send={(verdict) => props.api['operator.verify']({ verdict })}
      />
    </section>
  );
}
