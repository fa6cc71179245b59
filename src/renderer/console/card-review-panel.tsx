/** The card policy's review: the operator sees what the reader found and accepts or refuses the card. */
import { CARD_REVIEW_TEXT } from '../../shared/i18n/catalog-card-policy';
import { WORKER_TEXT } from '../../shared/i18n/catalog-screens';
import type { CardReviewItem } from '../../shared/kiosk-api/card-checks';
import type { CardSummary } from '../../shared/kiosk-api/card-summary';
import type { KioskApi } from '../../shared/kiosk-api/kiosk-api';
import { useText } from '../view/locale-context';
import { ReviewAnswer } from './review-answer';

/** Shown while a session waits for the card review; the answer goes to `card.confirm`. */
export function CardReviewPanel(props: {
  api: KioskApi;
  card: CardSummary;
  items: readonly CardReviewItem[];
}) {
  const t = useText();
  return (
    <section class="panel review" data-panel="card-review">
      <h2>{t(CARD_REVIEW_TEXT.title)}</h2>
      <p>{t(CARD_REVIEW_TEXT.hint)}</p>
      <p>
        {t(WORKER_TEXT.confirmedName)}: {props.card.name} · {t(WORKER_TEXT.confirmedId)}:{' '}
        {props.card.maskedId}
      </p>
      <ul class="card-findings">
        {props.items.map((item, index) => (
          <li key={index} data-finding={item.code}>
            {t(item.text)}
          </li>
        ))}
      </ul>
      <ReviewAnswer
        choices={[
          { answer: 'accepted', action: 'accept-card', label: CARD_REVIEW_TEXT.accept },
          { answer: 'refused', action: 'refuse-card', label: CARD_REVIEW_TEXT.refuse },
        ]}
        send={(answer) => props.api['card.confirm']({ answer })}
      />
    </section>
  );
}
