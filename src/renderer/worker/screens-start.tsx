/** The worker screens before the camera: attract, consent, reading the card, card confirmed. */
import { WORKER_TEXT } from '../../shared/i18n/catalog-screens';
import { REASON_TEXT } from '../../shared/i18n/catalog-capture';
import type { CardSummary } from '../../shared/kiosk-api/card-summary';
import type { ReasonKey, Transmit } from '../../shared/kiosk-api/capture-keys';
import { assertNever } from '../../shared/result';
import { useText } from '../view/locale-context';

/** Attract: how to start, animated; says why the last session ended early, if it did. */
export function AttractScreen(props: {
  networkDown: boolean;
  endedBy: ReasonKey | null;
  onStart: () => void;
}) {
  const t = useText();
  return (
    <button type="button" class="screen attract" data-screen="attract" onClick={props.onStart}>
      <div class="card-slot" aria-hidden="true">
        <div class="card-icon" />
      </div>
      <h1>{t(WORKER_TEXT.attractTitle)}</h1>
      <p class="lead">{t(WORKER_TEXT.attractHint)}</p>
      <span class="touch">{t(WORKER_TEXT.attractTouch)}</span>
      {props.endedBy && <p class="notice">{t(REASON_TEXT[props.endedBy])}</p>}
      {props.networkDown && (
        <p class="notice" data-notice="network">
          {t(WORKER_TEXT.networkNotice)}
        </p>
      )}
    </button>
  );
}

function transmitText(transmits: Transmit) {
  switch (transmits) {
    case 'card-photo':
      return WORKER_TEXT.consentTransmitCardPhoto;
    case 'live-photo':
      return WORKER_TEXT.consentTransmitLivePhoto;
    case 'neither':
      return WORKER_TEXT.consentTransmitNeither;
    default:
      return assertNever(transmits, 'transmit setting');
  }
}

/** Consent: what is collected, why, what is sent, how long it is kept; agree or decline. */
export function ConsentScreen(props: {
  consentVersion: string;
  transmits: Transmit;
  onAnswer: (accepted: boolean) => void;
}) {
  const t = useText();
  return (
    <section class="screen consent" data-screen="consent">
      <h1>{t(WORKER_TEXT.consentTitle)}</h1>
      <ul class="consent-text">
        <li>{t(WORKER_TEXT.consentCollected)}</li>
        <li>{t(WORKER_TEXT.consentPurpose)}</li>
        <li>{t(transmitText(props.transmits))}</li>
        <li>{t(WORKER_TEXT.consentRetention)}</li>
      </ul>
      <p class="small">{t(WORKER_TEXT.consentVersion, { version: props.consentVersion })}</p>
      <div class="actions">
        <button
          type="button"
          class="primary"
          data-action="agree"
          onClick={() => props.onAnswer(true)}
        >
          {t(WORKER_TEXT.consentAgree)}
        </button>
        <button type="button" data-action="decline" onClick={() => props.onAnswer(false)}>
          {t(WORKER_TEXT.consentDecline)}
        </button>
      </div>
    </section>
  );
}

/** Reading the card: keep it still. */
export function CardScreen() {
  const t = useText();
  return (
    <section class="screen card" data-screen="card">
      <div class="card-slot reading" aria-hidden="true">
        <div class="card-icon" />
      </div>
      <h1>{t(WORKER_TEXT.cardTitle)}</h1>
      <p class="lead">{t(WORKER_TEXT.cardHint)}</p>
    </section>
  );
}

/** Card confirmed: photo, name and the masked ID number (never the full number, never a score). */
export function ConfirmedScreen({ card }: { card: CardSummary }) {
  const t = useText();
  return (
    <section class="screen confirmed" data-screen="confirmed">
      <h1>{t(WORKER_TEXT.confirmedTitle)}</h1>
      <div class="card-summary">
        {card.photo && <img class="card-photo" src={card.photo} alt="" />}
        <dl>
          <dt>{t(WORKER_TEXT.confirmedName)}</dt>
          <dd data-field="name">{card.name}</dd>
          <dt>{t(WORKER_TEXT.confirmedId)}</dt>
          <dd data-field="masked-id">{card.maskedId}</dd>
        </dl>
      </div>
      <p class="lead">{t(WORKER_TEXT.confirmedNext)}</p>
    </section>
  );
}
