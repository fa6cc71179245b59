/** The worker screens after the camera: matching, pass, fail, retry, review, done, locked, faults. */
import { NEXT_STEP_TEXT, REASON_TEXT } from '../../shared/i18n/catalog-capture';
import { WORKER_TEXT } from '../../shared/i18n/catalog-screens';
import { SLIP_TEXT } from '../../shared/i18n/catalog-slip';
import type { NextStepKey, ReasonKey } from '../../shared/kiosk-api/capture-keys';
import type { UiSettings } from '../api/ui-settings';
import { QrCode } from '../view/qr-code';
import { useText } from '../view/locale-context';
import type { DeviceFault } from './worker-screen-model';

function NextSteps({ steps }: { steps: readonly NextStepKey[] }) {
  const t = useText();
  return (
    <ol class="next-steps">
      {steps.map((step) => (
        <li key={step}>{t(NEXT_STEP_TEXT[step])}</li>
      ))}
    </ol>
  );
}

/** Matching: a calm wait. */
export function MatchingScreen() {
  const t = useText();
  return (
    <section class="screen matching" data-screen="matching">
      <div class="spinner" aria-hidden="true" />
      <h1>{t(WORKER_TEXT.matchingTitle)}</h1>
    </section>
  );
}

/**
 * Pass: next steps, the personal-service address with its QR code and the initial-password rule;
 * the slip as a QR code when the printer could not print it.
 */
export function PassScreen({
  steps,
  settings,
  unprintedSlip,
}: {
  steps: readonly NextStepKey[];
  settings: UiSettings;
  unprintedSlip: string | null;
}) {
  const t = useText();
  return (
    <section class="screen pass" data-screen="pass">
      <h1 class="good">{t(WORKER_TEXT.passTitle)}</h1>
      <div class="pass-body">
        {settings.personalServiceQrText && (
          <QrCode
            text={settings.personalServiceQrText}
            label={settings.personalServiceUrl}
            sizePx={260}
          />
        )}
        {unprintedSlip && (
          <figure class="slip-qr" data-slip="unprinted">
            <QrCode text={unprintedSlip} label={t(SLIP_TEXT.scanInstead)} sizePx={260} />
            <figcaption>{t(SLIP_TEXT.scanInstead)}</figcaption>
          </figure>
        )}
        {settings.miniProgramQrText && (
          <QrCode
            text={settings.miniProgramQrText}
            label={t(WORKER_TEXT.passMiniProgram)}
            sizePx={260}
          />
        )}
        <div>
          <NextSteps steps={steps} />
          {settings.personalServiceUrl && (
            <p>{t(WORKER_TEXT.passAddress, { url: settings.personalServiceUrl })}</p>
          )}
          <p>
            {t(WORKER_TEXT.passPassword)} {t(settings.initialPasswordRule)}
          </p>
          <p data-next="employer">{t(WORKER_TEXT.passEmployer)}</p>
        </div>
      </div>
    </section>
  );
}

/** Fail: what happened, then try again or call the operator. */
export function FailScreen(props: {
  reasonKey: ReasonKey;
  steps: readonly NextStepKey[];
  onRetry: () => void;
}) {
  const t = useText();
  return (
    <section class="screen fail" data-screen="fail">
      <h1 class="bad">{t(WORKER_TEXT.failTitle)}</h1>
      <p class="lead">{t(REASON_TEXT[props.reasonKey])}</p>
      <NextSteps steps={props.steps} />
      {props.steps.includes('try-again') && (
        <button type="button" class="primary" data-action="retry" onClick={props.onRetry}>
          {t(NEXT_STEP_TEXT['try-again'])}
        </button>
      )}
    </section>
  );
}

/** A titled message with an optional reason: retry, review, done, locked and device faults. */
export function MessageScreen(props: {
  name: string;
  title: string;
  detail?: string;
  tone?: 'bad';
}) {
  return (
    <section class={`screen message ${props.name}`} data-screen={props.name}>
      <h1 class={props.tone}>{props.title}</h1>
      {props.detail && <p class="lead">{props.detail}</p>}
    </section>
  );
}

/** The plain-language text of a device fault. */
export const FAULT_TEXT = {
  reader: WORKER_TEXT.readerError,
  camera: WORKER_TEXT.cameraError,
  store: WORKER_TEXT.storeError,
} as const satisfies Record<DeviceFault, unknown>;
