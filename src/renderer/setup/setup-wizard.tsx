/** The technician's first-run wizard: one step per screen, each wired to its `setup.*` command. */
import { useState } from 'preact/hooks';
import { SETUP_TEXT } from '../../shared/i18n/catalog-screens-console';
import type { KioskApi } from '../../shared/kiosk-api/kiosk-api';
import type { UiSettings } from '../api/ui-settings';
import { useText } from '../view/locale-context';
import { SETUP_STEPS, STEP_TITLES, nextStep, previousStep, type SetupStep } from './setup-steps';
import { StepBody } from './step-forms';

/** The wizard; `onDone` returns to the dashboard. */
export function SetupWizard(props: { api: KioskApi; settings: UiSettings; onDone: () => void }) {
  const t = useText();
  const [step, setStep] = useState<SetupStep>('identity');
  const back = previousStep(step);
  const next = nextStep(step);
  return (
    <section class="console setup" data-screen="setup" data-step={step}>
      <h1>{t(SETUP_TEXT.title)}</h1>
      <ol class="steps">
        {SETUP_STEPS.map((s) => (
          <li key={s} class={s === step ? 'current' : ''}>
            {t(STEP_TITLES[s])}
          </li>
        ))}
      </ol>
      <StepBody step={step} api={props.api} settings={props.settings} />
      <div class="actions">
        <button
          type="button"
          data-action="back"
          onClick={() => (back ? setStep(back) : props.onDone())}
        >
          {t(SETUP_TEXT.back)}
        </button>
        <button
          type="button"
          class="primary"
          data-action="next"
          onClick={() => (next ? setStep(next) : props.onDone())}
        >
          {t(SETUP_TEXT.next)}
        </button>
      </div>
    </section>
  );
}
