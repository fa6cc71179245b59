/** The worker's side of the kiosk: one screen at a time, derived from the session, spoken aloud. */
import { useContext, useEffect } from 'preact/hooks';
import { GUIDANCE_TEXT, REASON_TEXT } from '../../shared/i18n/catalog-capture';
import { CARD_REVIEW_TEXT } from '../../shared/i18n/catalog-card-policy';
import { WORKER_TEXT } from '../../shared/i18n/catalog-screens';
import type { KioskApi } from '../../shared/kiosk-api/kiosk-api';
import { assertNever } from '../../shared/result';
import type { UiSettings } from '../api/ui-settings';
import { CameraPreview } from '../camera/camera-preview';
import type { CameraState } from '../camera/use-camera';
import { Countdown } from '../view/countdown';
import { LocaleContext, useText } from '../view/locale-context';
import { promptFile, promptFor } from '../voice/voice-prompts';
import type { VoiceQueue } from '../voice/voice-queue';
import { FAULT_TEXT, FailScreen, MatchingScreen, MessageScreen, PassScreen } from './screens-end';
import { AttractScreen, CardScreen, ConfirmedScreen, ConsentScreen } from './screens-start';
import type { WorkerScreen } from './worker-screen-model';

/** Everything the worker screen needs. */
export interface WorkerViewProps {
  readonly screen: WorkerScreen;
  readonly api: KioskApi;
  readonly settings: UiSettings;
  readonly camera: CameraState;
  readonly voice: VoiceQueue;
  readonly nowMs: number;
}

function ScreenBody({ screen, api, settings, camera }: WorkerViewProps) {
  const t = useText();
  switch (screen.kind) {
    case 'connecting':
      return <MessageScreen name="connecting" title={t(WORKER_TEXT.connecting)} />;
    case 'attract':
      return (
        <AttractScreen
          networkDown={screen.networkDown}
          endedBy={screen.endedBy}
          onStart={() => void api['session.start']({})}
        />
      );
    case 'consent':
      return (
        <ConsentScreen
          consentVersion={screen.consentVersion}
          transmits={screen.transmits}
          onAnswer={(accepted) =>
            void api['session.consent']({ accepted, consentVersion: screen.consentVersion })
          }
        />
      );
    case 'card':
      return <CardScreen />;
    case 'confirmed':
      return <ConfirmedScreen card={screen.card} />;
    case 'face':
      return (
        <section class="screen face" data-screen="face">
          <h1 data-instruction={screen.instruction ?? 'look-at-camera'}>
            {t(GUIDANCE_TEXT[screen.instruction ?? 'look-at-camera'])}
          </h1>
          <CameraPreview
            stream={camera.kind === 'on' ? camera.stream : null}
            label={t(WORKER_TEXT.faceTitle)}
          />
          <p class="small">
            {t(WORKER_TEXT.faceAttempt, {
              attempt: screen.attempt,
              allowed: screen.attemptsAllowed,
            })}
          </p>
        </section>
      );
    case 'matching':
      return <MatchingScreen />;
    case 'pass':
      return (
        <PassScreen
          steps={screen.nextSteps}
          settings={settings}
          unprintedSlip={screen.unprintedSlip}
        />
      );
    case 'fail':
      return (
        <FailScreen
          reasonKey={screen.reasonKey}
          steps={screen.nextSteps}
          onRetry={() => void api['session.start']({})}
        />
      );
    case 'retry':
      return (
        <MessageScreen
          name="retry"
          title={t(WORKER_TEXT.retryTitle)}
          detail={t(REASON_TEXT[screen.reasonKey])}
        />
      );
    case 'review':
      return (
        <MessageScreen
          name="review"
          title={t(WORKER_TEXT.reviewTitle)}
          detail={t(REASON_TEXT[screen.reasonKey])}
        />
      );
    case 'refused':
      return (
        <MessageScreen
          name="refused"
          title={t(CARD_REVIEW_TEXT.refusedTitle)}
          detail={t(REASON_TEXT[screen.reasonKey])}
          tone="bad"
        />
      );
    case 'done':
      return <MessageScreen name="done" title={t(WORKER_TEXT.doneTitle)} />;
    case 'locked':
      return (
        <MessageScreen
          name="locked"
          title={t(WORKER_TEXT.lockedTitle)}
          detail={t(REASON_TEXT['locked-out'])}
          tone="bad"
        />
      );
    case 'device-error':
      return (
        <MessageScreen
          name={`${screen.fault}-error`}
          title={t(FAULT_TEXT[screen.fault])}
          tone="bad"
        />
      );
    default:
      return assertNever(screen, 'screen');
  }
}

const CANCELLABLE = new Set<WorkerScreen['kind']>(['consent', 'card', 'confirmed', 'face']);

/** The worker screen with its countdown, cancel button and voice prompt. */
export function WorkerView(props: WorkerViewProps) {
  const t = useText();
  const { screen, voice } = props;
  const locale = useContext(LocaleContext);
  const prompt = promptFor(screen);
  const volume = props.settings.volume;
  // The volume is in the deps so the screen showing when the settings arrive is spoken too; the
  // language, so that switching it speaks the instruction again in the new language.
  useEffect(
    () => (prompt ? voice.say(promptFile(locale, prompt)) : voice.silence()),
    [prompt, voice, volume, locale],
  );
  return (
    <main class="worker" data-kind={screen.kind}>
      <ScreenBody {...props} />
      <footer class="worker-footer">
        {'deadlineMs' in screen && <Countdown deadlineMs={screen.deadlineMs} nowMs={props.nowMs} />}
        {CANCELLABLE.has(screen.kind) && (
          <button
            type="button"
            data-action="cancel"
            onClick={() => void props.api['session.cancel']({})}
          >
            {t(WORKER_TEXT.cancel)}
          </button>
        )}
      </footer>
    </main>
  );
}
